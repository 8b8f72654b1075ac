"""Parsing a stream of articles so that no single article can stop the others.

- An article longer than :data:`PIECE_CHARS` (and so any article over the pipeline's
  ``nlp.max_length``, 1,000,000 characters for spaCy's models, beyond which spaCy raises
  E088) is parsed on its own in pieces cut at paragraph breaks, and the pieces are joined
  back into one Doc over the whole text: every offset is the article's own. Lines start sentences anyway (``Extractor._prepare``), so a cut at a blank
  line parts nothing the parser would have joined.
- An article over :data:`MAX_ARTICLE_CHARS` is refused in one line.
- A "sentence" of thousands of words (a page of "said said said ...") is cut every
  :data:`MAX_SENTENCE_TOKENS` tokens before parsing: some extraction rules walk a
  sentence's subtree per token, so their time grows with the square of its length.
- With one process, the parse of the next articles runs in a thread while this one's
  rules run: spaCy's parser and matrix products release the GIL, so on two cores the
  rules cost little wall time. Articles are read (and the store asked about them) here,
  and the rules run here, in the main thread (where the time limit's signal works).
- An article whose parse or extraction fails, or whose extraction takes over
  :data:`BUILD_TIME_LIMIT` seconds, is reported through ``on_error`` (one line) and the
  batch goes on.
"""
from __future__ import annotations

import queue
import threading
from typing import Callable, Iterable, Iterator, Optional

from stancegraph.errors import InputError
from stancegraph.graph.model import Article, ArticleGraph
from stancegraph.loaders.limits import TimeLimitExceeded, time_limit

#: Longest article extracted at all (characters): ten of spaCy's pieces, a few minutes.
MAX_ARTICLE_CHARS = 10_000_000

#: Longest article parsed whole, and the size of the pieces of longer ones (news stories
#: are a few thousand characters; the parse's memory grows with the tokens at once).
PIECE_CHARS = 100_000

#: Longest run of tokens parsed as one sentence (real ones stay well under 200).
MAX_SENTENCE_TOKENS = 300
#: Seconds the extraction rules may take on one parsed article.
BUILD_TIME_LIMIT = 120.0

#: Where a piece may end, best first: a blank line, a line end, a sentence end, a space.
_CUTS = ("\n\n", "\n", ". ", " ")

OnError = Callable[[Article, str], None]


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` in order, none longer than ``limit``."""
    spans, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for cut in _CUTS:
            at = text.rfind(cut, start + 1, end)
            if at > start:
                end = at + len(cut)
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cap_sentences(doc):
    """Start a sentence every MAX_SENTENCE_TOKENS tokens where nothing else starts one."""
    run = 0
    # SENT_START is 1 where a sentence is known to start (Token.is_sent_start is True)
    for i, start in enumerate(doc.to_array("SENT_START").tolist()):
        run = 0 if start == 1 else run + 1
        if run >= MAX_SENTENCE_TOKENS:
            doc[i].is_sent_start = True
            run = 0
    return doc


def where(article: Article) -> str:
    """How a failure names its article: path, URL, title or id."""
    return article.path or article.url or article.title or article.id


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _failure(exc: Exception) -> str:
    return str(exc) if isinstance(exc, InputError) else f"cannot parse ({_first_line(exc)})"


def _stream(nlp, articles: Iterable[Article], prepare) -> Iterator[tuple]:
    """(Doc to parse, (article, long?, error)) for nlp.pipe(as_tuples=True). A long article
    passes as an empty placeholder, parsed in its place by :func:`_parse_long`."""
    limit = min(PIECE_CHARS, nlp.max_length)
    for article in articles:
        text = article.text
        try:
            if len(text) > MAX_ARTICLE_CHARS:
                raise InputError(f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} "
                                 "that one article may have; split it into several")
            if len(text) > limit:
                yield nlp.make_doc(""), (article, True, None)
                continue
            doc = _cap_sentences(prepare(text))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            yield nlp.make_doc(""), (article, False, _failure(exc))
            continue
        yield doc, (article, False, None)


def _parse_long(nlp, text: str, prepare):
    """One Doc over ``text``, parsed a piece at a time (so memory is that of one piece)."""
    from spacy.tokens import Doc

    limit = min(PIECE_CHARS, nlp.max_length)
    docs = (_cap_sentences(prepare(text[s:e])) for s, e in pieces(text, limit))
    parsed = list(nlp.pipe(docs, batch_size=1))
    return parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, ensure_whitespace=False)


def parse_in_order(nlp, articles: Iterable[Article], prepare, *, n_process: int = 1,
                   batch_size: int = 32) -> Iterator[tuple[Article, object, Optional[str]]]:
    """``(article, doc, None)`` or ``(article, None, message)`` per article, in input order.

    Articles over :data:`PIECE_CHARS` are parsed on their own, piece by piece: in the
    batches of ``nlp.pipe`` a few of them (a 400,000-token CSV cell) took gigabytes.
    """
    for doc, (article, long, error) in nlp.pipe(_stream(nlp, articles, prepare), as_tuples=True,
                                                n_process=n_process, batch_size=batch_size):
        if long:
            try:
                doc = _parse_long(nlp, article.text, prepare)
            except Exception as exc:  # noqa: BLE001
                error = _failure(exc)
        yield article, (None if error else doc), error


_END = object()


class _Raised:
    def __init__(self, exc: BaseException):
        self.exc = exc


def parse_ahead(nlp, articles: Iterable[Article], prepare, *, batch_size: int = 32
                ) -> Iterator[tuple[Article, object, Optional[str]]]:
    """:func:`parse_in_order` with the parse in a thread, up to two batches ahead of the
    caller. ``articles`` is read in the calling thread, so a reader that asks the store
    (or updates a progress bar) stays where it was."""
    inbox: queue.Queue = queue.Queue()
    outbox: queue.Queue = queue.Queue()
    stop, hungry = threading.Event(), threading.Event()

    def incoming() -> Iterator[Article]:
        while True:
            if inbox.empty():
                hungry.set()  # the parse waits for articles (spaCy fills a batch first)
            item = inbox.get()
            hungry.clear()
            if item is _END or stop.is_set():
                return
            yield item

    def parse() -> None:
        try:
            for parsed in parse_in_order(nlp, incoming(), prepare, batch_size=batch_size):
                if stop.is_set():
                    return
                outbox.put(parsed)
            outbox.put(_END)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            outbox.put(_Raised(exc))

    threading.Thread(target=parse, name="stancegraph-parse", daemon=True).start()
    source, in_flight, ahead, exhausted = iter(articles), 0, 2 * batch_size, False
    try:
        while True:
            while not exhausted and in_flight < ahead:
                article = next(source, _END)
                inbox.put(article)
                exhausted = article is _END
                in_flight += not exhausted
            try:
                item = outbox.get(timeout=0.2)
            except queue.Empty:
                if hungry.is_set() and inbox.empty():
                    ahead += batch_size  # the parse wants more before it gives anything back
                continue
            if item is _END:
                return
            if isinstance(item, _Raised):
                raise item.exc
            in_flight -= 1
            yield item
    finally:
        stop.set()
        inbox.put(_END)  # a parse waiting for articles ends


def extract_in_order(nlp, articles: Iterable[Article], prepare, build, *, n_process: int = 1,
                     batch_size: int = 32, on_error: Optional[OnError] = None) -> Iterator[ArticleGraph]:
    """``build(article, doc)`` for each article that parses and builds; the others go to
    ``on_error(article, message)`` (without it, the first one raises InputError)."""
    parsed = (parse_ahead(nlp, articles, prepare, batch_size=batch_size) if n_process == 1 else
              parse_in_order(nlp, articles, prepare, n_process=n_process, batch_size=batch_size))
    for article, doc, error in parsed:
        if error is None:
            try:
                with time_limit(BUILD_TIME_LIMIT):
                    graph = build(article, doc)
            except TimeLimitExceeded:
                error = f"extraction took over {BUILD_TIME_LIMIT:g} s; skipped"
            except Exception as exc:  # noqa: BLE001 - reported per article, the batch goes on
                error = f"extraction failed ({_first_line(exc)})"
            else:
                yield graph
                continue
        if on_error is None:
            raise InputError(f"{where(article)}: {error}")
        on_error(article, error)
