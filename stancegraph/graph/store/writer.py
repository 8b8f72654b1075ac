"""Writing a stream of article graphs in batches, optionally from a background thread
(:meth:`Store.upsert_many <stancegraph.graph.store.base.Store.upsert_many>`)."""
from __future__ import annotations

import queue
import sys
import threading
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from stancegraph.errors import StoreError
from stancegraph.graph.model import ArticleGraph
from stancegraph.graph.store.rows import BatchRows, check_consistent

if TYPE_CHECKING:
    from stancegraph.graph.store.base import Store

OnError = Callable[[ArticleGraph, StoreError], None]


class BackgroundWriter:
    """Runs ``write(batch)`` for each submitted batch, in order, in one background thread.
    An error stops the writing and is raised in the caller at its next submit, wait or close.

    While it runs, the interpreter switches threads every SWITCH_INTERVAL seconds instead of
    every 5 ms: the writer mostly waits on the store, and after each wait it needs the GIL
    back from the caller's thread, which is busy reading or extracting the next batch.
    """

    SWITCH_INTERVAL = 0.0005

    def __init__(self, write: Callable[[list], None]):
        self._write = write
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, self.SWITCH_INTERVAL))
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: Optional[BaseException] = None
        self._thread = threading.Thread(target=self._run, name="stancegraph-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            try:
                if batch is not None and self._error is None:
                    self._write(batch)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc
            finally:
                self._queue.task_done()
            if batch is None:
                return

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def submit(self, batch: list) -> None:
        self._raise()
        self._queue.put(batch)

    def wait(self) -> None:
        """Until every submitted batch is written."""
        self._queue.join()
        self._raise()

    def close(self, raise_error: bool = True) -> None:
        self._queue.put(None)
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)
        if raise_error:
            self._raise()


class StreamWriter:
    """One run of :meth:`Store.upsert_many`: batches of ``batch_size`` articles, each in one
    transaction; a batch that fails is written again one article at a time."""

    def __init__(self, store: "Store", batch_size: int, on_error: Optional[OnError], overlap: bool):
        self.store = store
        self.batch_size = max(1, batch_size)
        self.on_error = on_error
        self.written = 0
        self.batch: list[ArticleGraph] = []
        self.writer = BackgroundWriter(self._write) if overlap else None

    def _failed(self, graph: ArticleGraph, exc: StoreError) -> None:
        if self.on_error is None:
            raise exc
        self.on_error(graph, exc)

    def _write(self, item: tuple[list[ArticleGraph], Optional[BatchRows]]) -> None:
        pending, rows = item
        if len(pending) > 1:
            try:
                self.store._transaction(lambda run: self.store._write_batch(pending, run, rows),
                                        f"{pending[0].article.id} (batch of {len(pending)})")
                self.written += len(pending)
                return
            except StoreError:
                pass  # again one by one, below: only the article at fault is lost
        for graph in pending:
            try:
                self.store.upsert(graph)
                self.written += 1
            except StoreError as exc:
                self._failed(graph, exc)

    def _flush(self) -> None:
        pending = self.batch[:]
        self.batch.clear()
        if self.writer is None:
            self._write((pending, None))
        elif pending:
            try:
                rows = BatchRows.of(pending) if len(pending) > 1 else None
            except StoreError:
                rows = None  # the transaction meets the error again and falls back to one by one
            self.writer.submit((pending, rows))

    def _feed(self, graphs: Iterable[ArticleGraph]) -> None:
        for graph in graphs:
            try:
                check_consistent(graph)
            except StoreError as exc:
                self._flush()
                if self.writer is not None:
                    self.writer.wait()  # the articles before it first, as without overlap
                self._failed(graph, exc)
                continue
            self.batch.append(graph)
            if len(self.batch) >= self.batch_size:
                self._flush()
        self._flush()

    def write(self, graphs: Iterable[ArticleGraph]) -> int:
        """Write ``graphs``; returns how many articles were written. Every submitted batch is
        written before this returns or raises, so the store is never closed under a write."""
        try:
            self._feed(graphs)
        except BaseException:
            if self.writer is not None:
                self.writer.close(raise_error=False)  # the error at hand is the one to report
            raise
        if self.writer is not None:
            self.writer.close()
        return self.written
