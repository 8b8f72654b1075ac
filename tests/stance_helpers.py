"""What the extractor makes of one article written for a test: its graph, its stance edges,
and those edges as (type, holder, target) triples -- shared by the stance test files."""
from __future__ import annotations

from stancegraph.graph import model
from stancegraph.graph.model import Article


def graph_of(extractor, text: str, published: str = "2005-02-10"):
    return extractor.extract(Article(id=Article.make_id(text), text=text, published=published))


def stance_edges(extractor, text: str) -> list:
    return [r for r in graph_of(extractor, text).relations if r.type in model.STANCE_TYPES]


def triples(extractor, text: str) -> set:
    return {(r.type, r.source, r.target) for r in stance_edges(extractor, text)}
