"""The statements the extractor finds in one article written for a test, and the one
statement whose content holds some words -- shared by the span test files."""
from __future__ import annotations

from stancegraph.graph.model import Article


def extract(extractor, text: str):
    return extractor.extract(Article(id=Article.make_id(text), text=text)).statements


def one(extractor, text: str, words: str):
    found = [st for st in extract(extractor, text) if words in st.content.text]
    assert len(found) == 1, [st.content.text for st in extract(extractor, text)]
    return found[0]
