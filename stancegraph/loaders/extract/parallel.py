"""Extraction in several worker processes, streamed, in input order.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises the parse only: every Doc travels back to
the parent, serialised, and the rules that turn it into an ArticleGraph (``Extractor.build``)
then run in the parent, one article at a time, which caps what more processes gain (figures in
the README's performance table). Here each worker loads the pipeline once
and does the whole job, parse and rules, for a chunk of articles; only the small, plain
ArticleGraph records come back.

Memory stays bounded whatever the corpus size: articles are read lazily, and at most
``2 * jobs`` chunks are in flight at any time.
"""
from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
from collections import deque
from typing import Iterable, Iterator, Optional

from stancegraph.errors import InputError
from stancegraph.graph.model import Article, ArticleGraph

#: Articles a worker receives at a time: big enough that the pickling round trip is
#: negligible, small enough that the in-flight window stays a few megabytes.
CHUNK_SIZE = 16

_extractor = None  # one per worker process


def _start_worker(model: Optional[str], attitudes: bool) -> None:
    global _extractor
    from stancegraph.loaders.extract.pipeline import Extractor
    from stancegraph.loaders.extract.nlp import load_model

    _extractor = Extractor(load_model(model), attitudes=attitudes)


def _extract_chunk(articles: list[Article]) -> tuple[list[ArticleGraph], list[tuple[Article, str]]]:
    """The chunk's graphs, and its failures (their articles sent back without the text)."""
    assert _extractor is not None, "worker not started"
    failed: list[tuple[Article, str]] = []
    graphs = list(_extractor.extract_many(articles, n_process=1, batch_size=len(articles) or 1,
                                          on_error=lambda a, m: failed.append((dataclasses.replace(a, text=""), m))))
    return graphs, failed


def _results(chunk, on_error) -> list[ArticleGraph]:
    graphs, failed = chunk
    for article, message in failed:
        if on_error is None:
            from stancegraph.loaders.extract.batch import where

            raise InputError(f"{where(article)}: {message}")
        on_error(article, message)
    return graphs


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def extract_parallel(articles: Iterable[Article], *, jobs: int = 1, model: Optional[str] = None,
                     attitudes: bool = False, batch_size: int = 32,
                     chunk_size: int = CHUNK_SIZE, on_error=None) -> Iterator[ArticleGraph]:
    """ArticleGraphs of ``articles``, in input order, extracted by ``jobs`` processes.

    With ``jobs=1`` everything runs in this process (``nlp.pipe`` in batches of
    ``batch_size``). With more, a pool of ``jobs`` worker processes (started fresh, not
    forked, so an open store or driver is never copied into them) each load ``model`` once.
    An article that cannot be extracted goes to ``on_error(article, message)`` (see .batch).
    """
    if jobs <= 1:
        from stancegraph.loaders.extract.pipeline import Extractor
        from stancegraph.loaders.extract.nlp import load_model

        yield from Extractor(load_model(model), attitudes=attitudes).extract_many(
            articles, n_process=1, batch_size=batch_size, on_error=on_error)
        return

    # Fail early, in this process, with the usual message when the model is missing.
    _check_model(model)
    ctx = multiprocessing.get_context("spawn")
    pool = ctx.Pool(jobs, initializer=_start_worker, initargs=(model, attitudes))
    try:
        window: deque = deque()
        for chunk in _chunks(articles, chunk_size):
            window.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(window) >= 2 * jobs:
                yield from _results(window.popleft().get(), on_error)
        while window:
            yield from _results(window.popleft().get(), on_error)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _check_model(model: Optional[str]) -> None:
    import importlib.util
    import os

    from stancegraph.loaders.extract.nlp import model_candidates

    candidates = model_candidates(model)

    def installed(name: str) -> bool:
        try:
            return os.path.isdir(name) or importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            return False

    # A worker that cannot load the model would be restarted by the pool forever.
    if any(installed(c) for c in candidates):
        return
    from stancegraph.loaders.extract.nlp import load_model

    load_model(model)  # raises the StancegraphError that names what to install
