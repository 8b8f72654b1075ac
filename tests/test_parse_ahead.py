"""The parse runs a thread ahead of the rules (batch.parse_ahead): same results in the same
order, articles read in the caller's thread, errors and early stops handled."""
from __future__ import annotations

import threading
import time

import pytest

from stancegraph.graph.model import Article
from stancegraph.loaders.extract import batch


def _articles(n: int, seen_in: list) -> list[Article]:
    def gen():
        for i in range(n):
            seen_in.append(threading.current_thread().name)  # where the reader runs
            yield Article(id=f"a{i}", text=f"Ms Jones said the plan {i} was late. She left.")
    return gen()


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_same_docs_in_the_same_order_and_articles_read_by_the_caller(nlp, batch_size):
    seen: list = []
    ahead = [(a.id, d.to_json()["tokens"], e) for a, d, e in
             batch.parse_ahead(nlp, _articles(20, seen), nlp.make_doc, batch_size=batch_size)]
    plain = [(a.id, d.to_json()["tokens"], e) for a, d, e in
             batch.parse_in_order(nlp, _articles(20, []), nlp.make_doc, batch_size=batch_size)]
    assert ahead == plain and [i for i, *_ in ahead] == [f"a{i}" for i in range(20)]
    assert set(seen) == {threading.current_thread().name}


def test_a_failure_in_the_parse_thread_reaches_the_caller(nlp):
    class BrokenPipeline:  # the model itself fails (out of memory, a broken component)
        max_length = nlp.max_length
        make_doc = staticmethod(nlp.make_doc)

        def pipe(self, stream, **kw):
            for doc, context in stream:
                raise RuntimeError("component failed")
                yield doc, context

    with pytest.raises(RuntimeError, match="component failed"):
        list(batch.parse_ahead(BrokenPipeline(), _articles(5, []), nlp.make_doc, batch_size=2))


def test_stopping_early_ends_the_parse_thread(nlp):
    parsed = batch.parse_ahead(nlp, _articles(200, []), nlp.make_doc, batch_size=4)
    next(parsed)
    parsed.close()
    deadline = time.monotonic() + 10
    while any(t.name == "stancegraph-parse" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "stancegraph-parse" for t in threading.enumerate())
