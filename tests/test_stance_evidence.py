"""The evidence a stance edge carries (issue 19): the cue words, the holder as written and
the target phrase, as character spans a reader can highlight; kept through JSON, the load
path and both stores. Sentences written for these tests in the manner of news reports."""
from __future__ import annotations

import json

import pytest

from stancegraph.graph import model
from stancegraph.graph.model import ArticleGraph, Relation, Span
from stancegraph.loaders.extract.jsonl import jsonl_line

from graphs import BIDEN, biden_article
from stance_helpers import graph_of


def _text(text: str, span) -> str:
    return text[span.start:span.end] if isinstance(span, Span) else text[span["start"]:span["end"]]


def test_an_endorsement_carries_its_cue_holder_and_target_spans(extractor):
    text = "Senator Jane Ortiz endorsed Maria Lopez on Tuesday."
    graph = graph_of(extractor, text)
    [edge] = [r for r in graph.relations if r.type in model.STANCE_TYPES]
    assert edge.type == "SUPPORTS"
    assert _text(text, edge.cue_span) == edge.cue_span.text == "endorsed"
    assert "Jane Ortiz" in _text(text, edge.holder_span)
    assert _text(text, edge.target_span) == "Maria Lopez"
    assert graph.statements == []  # a stance, not a statement


@pytest.mark.parametrize("text, holder, cue, target", [
    # what the verb adds right after the object is part of it; the time it happened is not
    ("Governor Anna Keller endorsed Tom Reed for president in February.",
     "Governor Anna Keller", "endorsed", "Tom Reed for president"),
    # a description set off by a comma is not
    ("Senator Jane Ortiz opposes the Clean Water Act, which passed the House in May.",
     "Senator Jane Ortiz", "opposes", "the Clean Water Act"),
    # a relative clause: the name and the pronoun that stands for it
    ("Senator Jane Ortiz, who endorsed Maria Lopez last year, flew to Denver on Tuesday.",
     "Senator Jane Ortiz, who", "endorsed", "Maria Lopez"),
    ("Mayor Tom Reed does not support the Clean Water Act.",
     "Mayor Tom Reed", "does not support", "the Clean Water Act"),
    # "on" of what the thing is about stays with it; an occasion after the object does not
    ("Senator Jane Ortiz backed the ban on imported steel at a rally in Ohio.",
     "Senator Jane Ortiz", "backed", "the ban on imported steel"),
])
def test_evidence_spans_of_news_sentences(extractor, text, holder, cue, target):
    [edge] = [r for r in graph_of(extractor, text).relations if r.type in model.STANCE_TYPES]
    assert (edge.holder_span.text, edge.cue_span.text, edge.target_span.text) == (holder, cue, target)
    for span in (edge.holder_span, edge.cue_span, edge.target_span):
        assert _text(text, span) == span.text


def _with_evidence() -> ArticleGraph:
    graph = biden_article()
    text = graph.article.text
    [rel] = graph.relations
    cue = text.index("do not support")
    rel.cue_span = Span(cue, cue + len("do not support"), "do not support")
    who = text.index("I do not")
    rel.holder_span = Span(who, who + 1, "I")
    target = text.index("Taiwan independence")
    rel.target_span = Span(target, target + len("Taiwan independence"), "Taiwan independence")
    return graph


def test_evidence_spans_round_trip_through_json_and_old_records_still_load():
    graph = _with_evidence()
    again = ArticleGraph.from_dict(json.loads(json.dumps(graph.to_dict())))
    assert again.relations[0].cue_span == graph.relations[0].cue_span
    assert again.relations[0].holder_span == graph.relations[0].holder_span
    assert again.relations[0].target_span == graph.relations[0].target_span
    assert again.to_dict() == graph.to_dict()
    assert again.relations[0].id == biden_article().relations[0].id  # the evidence is not the edge's identity
    old = graph.to_dict()
    for r in old["relations"]:
        for name in ("cue_span", "holder_span", "target_span"):
            r.pop(name)
    assert ArticleGraph.from_dict(old).relations[0].cue_span is None


def test_evidence_spans_are_stored_and_read_back(store, tmp_path):
    from stancegraph.api import load

    path = tmp_path / "g.jsonl"
    path.write_text(jsonl_line(_with_evidence()), encoding="utf-8")
    load([str(path)], store)
    rows = store.run("MATCH (a:Actor {id: $id})-[r:DOES_NOT_SUPPORT]->(t) RETURN r.cue_start, r.cue_end, "
                     "r.holder_start, r.holder_end, r.holder_text, r.target_start, r.target_end, r.target_text",
                     {"id": BIDEN}).rows
    text = biden_article().article.text
    cue, target = text.index("do not support"), text.index("Taiwan independence")
    assert rows == [[cue, cue + 14, text.index("I do not"), text.index("I do not") + 1, "I",
                     target, target + len("Taiwan independence"), "Taiwan independence"]]


def test_an_embedded_graph_from_before_the_evidence_gains_its_columns_on_open(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    path = str(tmp_path / "old.lbdb")
    with LadybugStore(path) as s:
        s.upsert(biden_article())
        for column in ("cue_start", "cue_end", "holder_start", "holder_end", "holder_text", "target_start",
                       "target_end", "target_text"):
            s._conn.execute(f"ALTER TABLE DOES_NOT_SUPPORT DROP {column}")
    with LadybugStore(path) as s:
        s.upsert(_with_evidence())
        assert s.run("MATCH ()-[r:DOES_NOT_SUPPORT]->() RETURN r.target_text").rows == [["Taiwan independence"]]


def test_a_relation_without_evidence_stays_as_it_was():
    r = Relation("MET", BIDEN, "person:xi-jinping", "a1")
    assert r.cue_span is None and r.holder_span is None and r.target_span is None
    assert Relation.from_dict(r.to_dict()) == r
