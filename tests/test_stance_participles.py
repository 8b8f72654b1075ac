"""Positions told by a participle on the noun that holds or receives them (issue 19):
"a group of donors backing Maria Lopez" (the noun backs her), "The pipeline bill, opposed by
most Democrats, stalled" (the Democrats oppose the bill). PolNeAR annotates both as
attributions; the graph keeps them as stance edges and the record lists them. Sentences
written for these tests in the manner of news reports."""
from __future__ import annotations

from stancegraph.loaders.extract.jsonl import extract_jsonl_record

from stance_helpers import graph_of, stance_edges


def _rows(extractor, text: str) -> list[dict]:
    record = extract_jsonl_record("t.txt", graph_of(extractor, text))
    return [r for r in record["statements"] if r.get("kind") == "stance"]


def test_a_group_a_participle_describes_holds_the_position(extractor):
    text = "A super PAC supporting Senator Maria Lopez spent $4 million on television ads in Ohio."
    edges = stance_edges(extractor, text)
    assert any(r.type == "SUPPORTS" and r.target == "person:maria-lopez" for r in edges)
    [row] = _rows(extractor, text)
    assert row["cue"]["text"] == "supporting" and row["content"]["text"] == "Senator Maria Lopez"
    assert row["speaker"]["text"] == "A super PAC"


def test_a_passive_participle_names_its_holder_after_by(extractor):
    text = "The pipeline bill, opposed by Senate Democrats, stalled in committee last week."
    edges = stance_edges(extractor, text)
    assert any(r.type == "OPPOSES" for r in edges)
    [row] = _rows(extractor, text)
    assert row["cue"]["text"] == "opposed" and "Democrats" in row["speaker"]["text"]
    assert row["content"]["text"] == "The pipeline bill"


def test_a_participle_on_a_thing_is_no_holder(extractor):
    text = "Governor Anna Keller signed a letter supporting the new pipeline across the state."
    rows = _rows(extractor, text)
    assert not any(r["cue"]["text"] == "supporting" and "letter" in r["speaker"]["text"] for r in rows)


def test_a_participle_on_a_recipient_only_names_it(extractor):
    # the edge is true, but the words only say which group got the money: no record row
    text = "The oil executive sent $20,000 last spring to a super PAC backing Governor Tom Reed."
    assert any(r.type == "SUPPORTS" and r.target == "person:tom-reed" for r in stance_edges(extractor, text))
    assert _rows(extractor, text) == []


def test_a_description_beside_a_name_stays_the_holder_as_written(extractor):
    text = "Rep. Ann Keller, a Colorado Democrat supporting Maria Lopez, spoke in Denver on Monday."
    edges = stance_edges(extractor, text)
    assert any(r.type == "SUPPORTS" and r.source == "person:ann-keller" for r in edges)
    [row] = _rows(extractor, text)
    assert row["speaker"]["text"] == "a Colorado Democrat" and row["content"]["text"] == "Maria Lopez"
