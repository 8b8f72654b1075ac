"""Stance edges in the evaluation record (issue 19): PolNeAR annotates beliefs and
intentions as attributions ("X endorsed Y"), the graph keeps them as stance edges, never as
statements; the record lists them after the statements as rows of kind "stance". Sentences
written for these tests in the manner of news reports."""
from __future__ import annotations

import pytest

from stancegraph.graph import model
from stancegraph.loaders.extract.jsonl import extract_jsonl_record

from stance_helpers import graph_of


def _stance_rows(record: dict) -> list[dict]:
    return [r for r in record["statements"] if r.get("kind") == "stance"]


def test_the_record_lists_the_stance_as_an_attribution_after_the_statements(extractor):
    text = "Senator Jane Ortiz endorsed Maria Lopez on Tuesday."
    record = extract_jsonl_record("t.txt", graph_of(extractor, text))
    [row] = _stance_rows(record)
    assert "Jane Ortiz" in row["speaker"]["text"] and row["speaker"]["actor"] == "person:jane-ortiz"
    assert row["cue"]["text"] == "endorsed"
    assert row["content"]["text"] == "Maria Lopez"
    # statements alone: what the graph says was said
    assert _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text), stances=False)) == []


def test_a_pronoun_holder_is_the_pronoun_as_written(extractor):
    text = ("Governor Anna Keller spoke to reporters in Denver on Monday. "
            "She opposes the new pipeline across the state.")
    record = extract_jsonl_record("t.txt", graph_of(extractor, text))
    [row] = _stance_rows(record)
    assert row["speaker"]["text"] == "She"
    assert row["cue"]["text"] == "opposes"
    assert row["content"]["text"] == "the new pipeline across the state"


def test_a_stance_inside_a_statement_is_not_counted_twice(extractor):
    text = "Mayor Tom Reed said on Monday that he strongly opposes the new stadium."
    graph = graph_of(extractor, text)
    assert any(r.type == "OPPOSES" for r in graph.relations)
    record = extract_jsonl_record("t.txt", graph)
    assert len(record["statements"]) == len(graph.statements) == 1
    assert _stance_rows(record) == []


def test_stance_rows_leave_the_graph_statements_alone(extractor):
    text = ("Senator Jane Ortiz endorsed Maria Lopez on Tuesday. "
            "\"She will fight for working families,\" Ortiz said.")
    graph = graph_of(extractor, text)
    record = extract_jsonl_record("t.txt", graph)
    said = [r for r in record["statements"] if r.get("kind") != "stance"]
    assert len(said) == len(graph.statements) == 1
    assert len(_stance_rows(record)) == 1
    assert record["statements"][-1]["kind"] == "stance"  # after the statements


@pytest.mark.parametrize("text", [
    # an act of praise or attack is a stance edge, not a position PolNeAR annotates
    "Senator Jane Ortiz praised Maria Lopez on Tuesday.",
    # a stance told in a relative clause on a speaker describes the speaker in passing
    "Senator Jane Ortiz, who endorsed Maria Lopez last year, said on Tuesday that the race was close.",
    "\"The race is close,\" said Tom Reed, a Democrat who backs Maria Lopez.",
    # a stance to be taken, not held: "the first senator to endorse"
    "Jane Ortiz became the first senator to endorse Maria Lopez on Tuesday.",
])
def test_only_positions_told_in_their_own_clause_are_listed(extractor, text):
    graph = graph_of(extractor, text)
    assert any(r.type in model.STANCE_TYPES and r.cue_span for r in graph.relations) or "first" in text
    assert _stance_rows(extract_jsonl_record("t.txt", graph)) == []


def test_a_stance_phrase_row_holds_what_is_supported(extractor):
    text = "Governor Anna Keller is in favor of the pension reform."
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert "Anna Keller" in row["speaker"]["text"]
    assert row["cue"]["text"] == "is in favor of"
    assert row["content"]["text"] == "the pension reform"


def test_support_under_a_verb_of_expressing_is_already_a_statement(extractor):
    text = "Governor Anna Keller offered support for the pension reform on Monday."
    graph = graph_of(extractor, text)
    assert any(r.type == "SUPPORTS" for r in graph.relations) and len(graph.statements) == 1
    assert _stance_rows(extract_jsonl_record("t.txt", graph)) == []


def test_a_stance_in_the_progressive_is_held_not_a_participle(extractor):
    # "is backing": the -ing form with its auxiliary is the verb of the clause, not a
    # participle describing the holder ("a super PAC backing ...")
    text = "Governor Mark Dalton is backing Maria Lopez in the Senate primary."
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert row["speaker"]["text"].endswith("Mark Dalton")
    assert row["cue"]["text"] == "is backing"
    assert row["content"]["text"].startswith("Maria Lopez")


def test_an_endorsement_is_a_position_held(extractor):
    # the noun of "endorse" names the position as the verb does
    text = "Maria Lopez won the endorsement of Senator Jane Ortiz on Sunday."
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert row["speaker"]["text"] == "Senator Jane Ortiz"
    assert row["cue"]["text"] == "won the endorsement of"
    assert row["content"]["text"] == "Maria Lopez"


def test_attacks_on_someone_are_a_position_held_the_act_of_attacking_is_not(extractor):
    # "her attacks on": a campaign kept up against someone (PolNeAR train: such noun rows
    # matched about four times in five); "attacked" once is an act, no row
    text = "Governor Tom Reed unveiled his budget on Friday. Senator Jane Ortiz stepped up her attacks on Tom Reed."
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert row["speaker"]["text"] == "Senator Jane Ortiz"
    assert row["cue"]["text"] == "stepped up her attacks on"
    assert row["content"]["text"] == "Tom Reed"
    text = "Governor Tom Reed unveiled his budget on Friday. Senator Jane Ortiz attacked Tom Reed on Monday."
    assert _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text))) == []


def test_a_stance_in_a_relative_clause_is_a_position_held(extractor):
    # "X, who endorsed Y, ...": the clause tells a position of its own when its noun is no
    # speaker (PolNeAR train: 17 of the 21 rows this adds matched an attribution)
    text = "Senator Jane Ortiz, who endorsed Maria Lopez last year, flew to Denver on Tuesday."
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert row["speaker"]["text"].endswith("who")
    assert row["cue"]["text"] == "endorsed"
    assert row["content"]["text"] == "Maria Lopez"


@pytest.mark.parametrize("text, content", [
    # the owner's stance noun as the subject, or in an adjunct ("after his endorsement of")
    ("Senator Jane Ortiz campaigned in Denver on Monday. "
     "Her support for the pension reform won her the backing of the teachers union.", "the pension reform"),
    ("Governor Tom Reed spoke in Denver on Monday. "
     "Two days after his endorsement of Maria Lopez, the governor flew to Washington.", "Maria Lopez"),
])
def test_an_owned_stance_noun_told_as_subject_or_adjunct_is_a_position_held(extractor, text, content):
    [row] = _stance_rows(extract_jsonl_record("t.txt", graph_of(extractor, text)))
    assert row["speaker"]["text"].lower() in ("her", "his")
    assert row["content"]["text"] == content


def test_an_owned_stance_noun_as_a_verbs_object_is_no_row(extractor):
    # "rescinded his endorsement of": what is done to the position, not the position told
    text = "Governor Tom Reed spoke in Denver on Monday. Tom Reed rescinded his endorsement of Maria Lopez."
    graph = graph_of(extractor, text)
    assert any(r.type == "SUPPORTS" and r.cue_span for r in graph.relations)
    assert _stance_rows(extract_jsonl_record("t.txt", graph)) == []
