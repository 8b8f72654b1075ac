"""The parse in a child process, ahead of the rules, for a one-process extraction.

In a thread (:func:`batch.parse_ahead`) the parse and the rules share one interpreter lock:
on the BBC corpus the rules still added about a quarter to the bare parse's wall time
(``bench/ingest.py``). A forked child inherits the loaded pipeline (no second model load),
parses the next articles while this process runs the rules on the last ones, and sends each
Doc back as ``Doc.to_bytes()`` (a few milliseconds). Used where ``fork`` exists (Linux) and
this process may have children (not inside a ``--jobs`` worker); elsewhere, or with
``STANCEGRAPH_PARSE_PROCESS=0``, the thread is used. Articles are still read, and the rules
still run, in the caller's thread (where the time limit's signal works).
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
from typing import Callable, Iterable, Iterator, Optional

from stancegraph.graph.model import Article

Parse = Callable[[Iterable[Article]], Iterator[tuple]]

#: Seconds between looks at a child that gives nothing back (is it still alive?).
_POLL = 0.2


class _Raised:
    """An exception of the child's, sent back to be raised in the caller."""

    def __init__(self, exc: BaseException):
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an exception that cannot travel travels as text
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        self.exc = exc


def usable(nlp) -> bool:
    """Whether :func:`parse_in_child` can run here."""
    return (os.environ.get("STANCEGRAPH_PARSE_PROCESS", "1") != "0"
            and "fork" in multiprocessing.get_all_start_methods()
            and not multiprocessing.current_process().daemon
            and hasattr(nlp, "vocab"))


def _next_article(inbox, parent: int):
    """The next article sent, or None at the end; a parent killed (SIGKILL, an OOM kill)
    cannot say so, so the child looks at who its parent is while it waits, and goes."""
    while True:
        try:
            return inbox.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(0)  # no flush: nobody reads what is left


def _child(parse, inbox, outbox, hungry) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's; it ends this one

    parent = os.getppid()

    def incoming() -> Iterator[Article]:
        while True:
            if inbox.empty():
                hungry.set()  # spaCy fills a batch before it gives anything back
            item = _next_article(inbox, parent)
            hungry.clear()
            if item is None:
                return
            yield item

    try:
        for article, doc, error in parse(incoming()):
            outbox.put((article, None if doc is None else doc.to_bytes(exclude=["tensor"]), error))
        outbox.put(None)
    except BaseException as exc:  # noqa: BLE001 - raised again in the caller
        outbox.put(_Raised(exc))


def parse_in_child(nlp, articles: Iterable[Article], parse: Parse, *, batch_size: int = 32
                   ) -> Iterator[tuple[Article, object, Optional[str]]]:
    """``parse(articles)`` (:func:`batch.parse_in_order`: ``(article, doc, error)`` in input
    order) in a forked child, up to two batches ahead of the caller."""
    from spacy.tokens import Doc

    ctx = multiprocessing.get_context("fork")
    inbox, outbox, hungry = ctx.Queue(), ctx.Queue(), ctx.Event()
    child = ctx.Process(target=_child, args=(parse, inbox, outbox, hungry),
                        name="stancegraph-parse", daemon=True)
    child.start()
    source, in_flight, ahead, exhausted = iter(articles), 0, 2 * batch_size, False
    try:
        while True:
            while not exhausted and in_flight < ahead:
                article = next(source, None)
                inbox.put(article)
                exhausted = article is None
                in_flight += not exhausted
            try:
                item = outbox.get(timeout=_POLL)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the parse process ended unexpectedly (exit code {child.exitcode})")
                if hungry.is_set() and inbox.empty():
                    ahead += batch_size  # the parse wants more before it gives anything back
                continue
            if item is None:
                return
            if isinstance(item, _Raised):
                raise item.exc
            in_flight -= 1
            article, data, error = item
            yield article, (None if data is None else Doc(nlp.vocab).from_bytes(data)), error
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
        for q in (inbox, outbox):
            q.cancel_join_thread()
            q.close()
