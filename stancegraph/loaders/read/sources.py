"""Reading articles: every way an article arrives becomes an :class:`~stancegraph.graph.model.Article`.

:func:`iter_articles` takes what a user types (file paths, directories, glob patterns, ``-``
for stdin, http(s) URLs) and streams one result per article: an :class:`Article`, a
:class:`LoadFailure` (a bad input, reported in one line naming it; the batch goes on), or a
:class:`LoadSkipped` (a story already loaded in this run). See ``docs/loaders.md``.

Offsets: ``Article.text`` of a plain text or Markdown file has exactly the length of the
file's text as Python reads it, furniture blanked in place (see :mod:`.clean`).
"""
from __future__ import annotations

import glob
import io
import os
import re
import sys
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Iterator, Optional, Union

from stancegraph.errors import InputError
from stancegraph.graph.model import Article
from stancegraph.loaders.read import clean
from stancegraph.loaders.read import feeds
from stancegraph.loaders.read import pages
from stancegraph.loaders.read import records
from stancegraph.loaders.read import warc
from stancegraph.loaders.read.fetch import USER_AGENT, fetch, is_url, megabytes
from stancegraph.loaders.read.meta import Draft, date_from_filename, outlet_from_url, parse_date

SAMPLE_NAME = "trump-xi-call-2025-11-24.txt"

#: Formats a user can force with ``fmt`` (``--format``).
FORMATS = ("text", "markdown", "html", "json", "jsonl", "csv", "rss", "warc")

#: File extensions read in directory walks, and the format each implies (None: look inside).
EXTENSIONS: dict[str, Optional[str]] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "rss", ".atom": "rss", ".xml": None,
    ".warc": "warc",  # and .warc.gz (see _format_from_name)
}

#: Files a directory walk passes over: a corpus's README.TXT or LICENSE is not a story.
#: (Named explicitly, or matched by a glob, such a file is read like any other.)
SKIPPED_IN_WALKS = re.compile(
    r"^(?:readme|license|licence|copying|changelog|changes|contributing|authors|notice|citation)(?:[._-].*)?$",
    re.IGNORECASE,
)

_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "rss", "application/atom+xml": "rss", "application/rdf+xml": "rss",
    "application/feed+json": "json",
    "application/json": "json", "text/json": "json",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/jsonlines": "jsonl",
    "text/csv": "csv", "text/tab-separated-values": "csv",
    "text/markdown": "markdown", "text/x-markdown": "markdown",
    "text/plain": None, "text/xml": None, "application/xml": None,
}

#: Formats read record by record from disk, so ``max_bytes`` bounds one record, not the file.
_STREAMED = ("jsonl", "csv")


def sample_path() -> str:
    """Path of the sample article shipped with the package."""
    return str(resources.files("stancegraph.loaders.read") / "sample" / SAMPLE_NAME)


@dataclass
class LoadFailure:
    """An input that could not be loaded; the batch goes on without it.

    ``message`` is one line that starts with the input's name (``source``).
    """

    source: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class LoadSkipped:
    """An input deliberately not loaded, e.g. a story already loaded in this run."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: skipped, {self.reason}"


Result = Union[Article, LoadFailure, LoadSkipped]


@dataclass
class _Options:
    fmt: Optional[str]
    fields: records.FieldMap
    outlet: Optional[str]
    published: Optional[str]
    timeout: float
    max_bytes: int
    follow_links: bool
    user_agent: str
    allow_private: bool = False


# ---------------------------------------------------------------------------- sources


def _walk(directory: str, fmt: Optional[str]) -> Iterator[Union[str, LoadFailure]]:
    """Files under ``directory`` in a stable order, hidden files and corpus readmes left out,
    and a LoadFailure for each folder that cannot be read (so none is skipped unseen).

    Without ``fmt`` only files with a known extension are read (so a PolNeAR split's ``.ann``
    files or a folder's images are passed over); with ``fmt`` every file is.
    """
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=unreadable.append):
        while unreadable:
            yield _folder_failure(unreadable.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith(".") or SKIPPED_IN_WALKS.match(name):
                continue
            if fmt is None and not warc.is_warc_name(name) and os.path.splitext(name)[1].lower() not in EXTENSIONS:
                continue
            yield os.path.join(root, name)
    yield from map(_folder_failure, unreadable)


def _folder_failure(exc: OSError) -> LoadFailure:
    where = str(exc.filename)
    return LoadFailure(where, f"{where}: cannot read folder ({(exc.strerror or str(exc)).lower()})")


def _expand(sources: Iterable[str], fmt: Optional[str]) -> Iterator[Union[tuple[str, str], LoadFailure]]:
    """``("file"|"url"|"stdin", name)`` per input to read, or a LoadFailure."""
    if isinstance(sources, str):
        sources = [sources]
    for source in sources:
        source = os.fspath(source)
        if source == "-":
            yield ("stdin", "-")
        elif is_url(source):
            yield ("url", source)
        elif os.path.isdir(source):
            found = False
            for path in _walk(source, fmt):
                found = True
                yield path if isinstance(path, LoadFailure) else ("file", path)
            if not found:
                yield LoadFailure(source, f"{source}: directory holds no article files")
        elif os.path.exists(source) or warc.is_slice(source):
            yield ("file", source)
        elif glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield LoadFailure(source, f"{source}: no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _expand([match], fmt)
                else:
                    yield ("file", match)
        elif "://" in source:
            yield LoadFailure(source, f"{source}: only http:// and https:// URLs can be fetched")
        else:
            yield LoadFailure(source, f"{source}: no such file or directory")


def expand(sources: Iterable[str], fmt: Optional[str] = None) -> Iterator[Union[tuple[str, str], LoadFailure]]:
    """``("file"|"url"|"stdin", name)`` for each input :func:`iter_articles` would read (folders
    walked, globs expanded, nothing opened), or a LoadFailure."""
    return _expand(list(sources), fmt)


def count_sources(sources: Iterable[str], *, fmt: Optional[str] = None) -> int:
    """How many inputs :func:`iter_articles` will read (files, URLs, stdin), for progress bars.

    Cheap: walks directories and expands globs without opening any file. A JSON, CSV or feed
    input counts once however many articles it holds.
    """
    return sum(1 for item in _expand(list(sources), fmt) if not isinstance(item, LoadFailure))


# ---------------------------------------------------------------------------- formats


def _format_from_name(name: str) -> Optional[str]:
    path = name.split("?", 1)[0].split("#", 1)[0]
    if warc.is_warc_name(path):
        return "warc"
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def _sniff(text: str) -> str:
    """Format of decoded content with no reliable name or content type."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "rss" if feeds.looks_like_feed(head) else "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        return "jsonl" if first.endswith("}") and "\n" in head.strip() else "json"
    return "text"


def _drafts_from_text(text: str, fmt: str, *, source: str, path: Optional[str], url: Optional[str],
                      raw: bytes, opts: _Options) -> Iterator[Union[Draft, InputError]]:
    """Drafts from a whole decoded input (file, stdin or HTTP body) of format ``fmt``."""
    if fmt in ("text", "markdown"):
        yield Draft(source, text, markdown=fmt == "markdown", path=path, url=url,
                    published=date_from_filename(path) if path else None)
    elif fmt == "html":
        if feeds.looks_like_feed(text) and not pages.looks_like_html(text):
            yield from _drafts_from_text(text, "rss", source=source, path=path, url=url, raw=raw, opts=opts)
            return
        page = pages.extract_page(text, url=url, source=source)
        yield Draft(source, page.text, keep_offsets=False, title=page.title, byline=page.author,
                    published=page.date or (date_from_filename(path) if path else None),
                    url=url or page.url, outlet=page.sitename, language=page.language, path=path)
    elif fmt == "rss":
        follow = (lambda link: _fetch_page(link, opts)) if opts.follow_links else None
        yield from feeds.iter_feed(raw, source=source, base_url=url, follow=follow)
    elif fmt == "json":
        yield from records.iter_json(text, source=source, fields=opts.fields, path=path)
    elif fmt == "jsonl":
        yield from records.iter_jsonl(io.StringIO(text), source=source, fields=opts.fields, path=path)
    elif fmt == "csv":
        delimiter = "\t" if (path or url or "").lower().endswith(".tsv") else None
        yield from records.iter_csv(io.StringIO(text, newline=None), source=source, fields=opts.fields,
                                    path=path, delimiter=delimiter, sample=text[:65536])
    else:  # pragma: no cover - FORMATS is validated up front
        raise InputError(f"{source}: unknown format {fmt!r}")


def _decode(raw: bytes, source: str, declared: Optional[str] = None) -> str:
    if not raw.strip():
        raise InputError(f"{source}: empty file" if raw == b"" else f"{source}: only whitespace")
    try:
        text, _ = clean.decode_bytes(raw, declared)
    except clean.NotText as exc:
        raise InputError(f"{source}: {exc}") from None
    return text


def _fetch_page(url: str, opts: _Options) -> pages.Page:
    resp = fetch(url, timeout=opts.timeout, max_bytes=opts.max_bytes, user_agent=opts.user_agent,
                 allow_private=opts.allow_private)
    text = _decode(resp.body, url, resp.charset or pages.meta_charset(resp.body))
    return pages.extract_page(text, url=resp.url, source=url)


def _read_file(path: str, opts: _Options) -> Iterator[Union[Draft, InputError]]:
    fmt = opts.fmt or _format_from_name(path)
    if fmt == "warc":  # streamed: max_bytes bounds one response, not the archive
        yield from warc.iter_warc(path, max_bytes=opts.max_bytes)
        return
    try:
        size = os.path.getsize(path)
        if size == 0:
            raise InputError(f"{path}: empty file")
        if fmt in _STREAMED:
            yield from _read_streamed(path, fmt, opts)
            return
        if size > opts.max_bytes:
            raise InputError(f"{path}: file is {megabytes(size)}, larger than the "
                             f"{megabytes(opts.max_bytes)} limit (--max-bytes)")
        with open(path, "rb") as fh:
            raw = fh.read()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({(exc.strerror or str(exc)).lower()})")
        return
    yield from _drafts_from_bytes(raw, fmt, source=path, path=os.path.abspath(path), url=None, opts=opts)


def _read_streamed(path: str, fmt: str, opts: _Options) -> Iterator[Union[Draft, InputError]]:
    """JSON Lines / CSV from disk, record by record: a 2 GB dump is fine, a 60 MB line is not."""
    with open(path, "rb") as fh:
        sample = fh.read(1 << 20)
    what = clean.sniff_binary(sample)
    if what:
        raise InputError(f"{path}: binary file, not text ({what})")
    encoding = "utf-8-sig" if clean.utf8_prefix_ok(sample) else clean.decode_bytes(sample)[1]
    abspath = os.path.abspath(path)
    newline = "" if fmt == "csv" else None
    with open(path, encoding=encoding, errors="replace", newline=newline) as handle:
        if fmt == "jsonl":
            yield from records.iter_jsonl(handle, source=path, fields=opts.fields, path=abspath,
                                          max_line=opts.max_bytes)
        else:
            text_sample = sample.decode(encoding, errors="ignore")
            delimiter = "\t" if path.lower().endswith(".tsv") else None
            yield from records.iter_csv(handle, source=path, fields=opts.fields, path=abspath,
                                        delimiter=delimiter, sample=text_sample)


def _drafts_from_bytes(raw: bytes, fmt: Optional[str], *, source: str, path: Optional[str],
                       url: Optional[str], opts: _Options, declared: Optional[str] = None,
                       ) -> Iterator[Union[Draft, InputError]]:
    if fmt == "warc":
        yield InputError(f"{source}: WARC archives are read from files, not from standard input or URLs")
        return
    try:
        if fmt == "html" or (fmt is None and raw.lstrip()[:1] == b"<"):
            declared = declared or pages.meta_charset(raw)
        text = _decode(raw, source, declared)
        yield from _drafts_from_text(text, fmt or _sniff(text), source=source, path=path, url=url,
                                     raw=raw, opts=opts)
    except InputError as exc:
        yield exc


def _read_stdin(opts: _Options) -> Iterator[Union[Draft, InputError]]:
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.read(opts.max_bytes + 1) if stream is not None else sys.stdin.read().encode("utf-8")
    if len(raw) > opts.max_bytes:
        yield InputError(f"<stdin>: input larger than the {megabytes(opts.max_bytes)} limit (--max-bytes)")
        return
    yield from _drafts_from_bytes(raw, opts.fmt, source="<stdin>", path=None, url=None, opts=opts)


def _read_url(url: str, opts: _Options) -> Iterator[Union[Draft, InputError]]:
    try:
        resp = fetch(url, timeout=opts.timeout, max_bytes=opts.max_bytes, user_agent=opts.user_agent,
                 allow_private=opts.allow_private)
    except InputError as exc:
        yield exc
        return
    fmt = opts.fmt
    if fmt is None:
        if resp.content_type in _CONTENT_TYPES:
            fmt = _CONTENT_TYPES[resp.content_type] or _format_from_name(resp.url)
        elif resp.content_type and not resp.content_type.startswith("text/"):
            yield InputError(f"{url}: not an article (content type {resp.content_type})")
            return
    yield from _drafts_from_bytes(resp.body, fmt, source=url, path=None, url=resp.url, opts=opts,
                                  declared=resp.charset)


# ---------------------------------------------------------------------------- articles


def _language(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})\b", value)
    return m.group(1).lower() if m else None


def _article(draft: Draft, opts: _Options) -> Article:
    cleaned = clean.clean_text(draft.text, markdown=draft.markdown, keep_offsets=draft.keep_offsets)
    if not cleaned.text.strip():
        raise InputError(f"{draft.source}: no story text left once page furniture is removed")
    front = cleaned.front_matter or {}
    url = draft.url or front.get("url") or front.get("link") or front.get("canonical_url")
    published = opts.published or parse_date(draft.published) or parse_date(front.get("date"))
    if not published and draft.path and not draft.published:
        published = date_from_filename(draft.path)
    title = " ".join((draft.title or "").split()) or cleaned.title
    return Article(
        id=Article.make_id(clean.identity_text(cleaned.text)),
        text=cleaned.text,
        title=clean.shorten_title(title),
        url=url,
        outlet=opts.outlet or draft.outlet or front.get("outlet") or front.get("source")
        or front.get("publisher") or outlet_from_url(url),
        published=published,
        byline=draft.byline or front.get("author") or cleaned.byline,
        path=draft.path,
        language=_language(draft.language or front.get("lang") or front.get("language"))
        or clean.guess_language(cleaned.text),
    )


def iter_articles(
    sources: Iterable[str],
    *,
    fmt: Optional[str] = None,
    text_field: Optional[str] = None,
    title_field: Optional[str] = None,
    date_field: Optional[str] = None,
    url_field: Optional[str] = None,
    outlet_field: Optional[str] = None,
    byline_field: Optional[str] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    timeout: float = 20.0,
    max_bytes: int = 50_000_000,
    follow_links: bool = True,
    user_agent: str = USER_AGENT,
    allow_private_urls: bool = False,
) -> Iterator[Result]:
    """Stream an :class:`Article`, :class:`LoadFailure` or :class:`LoadSkipped` per article.

    ``sources``: file paths, directories (walked recursively, see :data:`SKIPPED_IN_WALKS`),
    glob patterns, ``"-"`` for stdin, http(s) URLs. ``fmt`` forces one of :data:`FORMATS`;
    otherwise the extension, the HTTP content type or the content itself decides.
    ``*_field`` name the JSON/CSV fields (dotted paths allowed); ``outlet`` and ``published``
    override every article's metadata. ``timeout`` (seconds) bounds each network wait and
    ``max_bytes`` each download, file, or JSON line/CSV row. ``follow_links=False`` keeps a
    feed's summaries instead of fetching the pages of summary-only entries.
    ``allow_private_urls`` lets URLs (and feed links) reach loopback, private and link-local
    addresses, which are refused by default (see :mod:`.fetch`).

    Bad input never raises: it yields a LoadFailure. Bad *options* (unknown ``fmt``, an
    unreadable ``published`` date) raise :class:`InputError` at call time.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    published_iso = None
    if published:
        published_iso = parse_date(published)
        if not published_iso:
            raise InputError(f"cannot understand the date {published!r} (try YYYY-MM-DD)")
    opts = _Options(
        fmt=fmt,
        fields=records.FieldMap(text=text_field, title=title_field, date=date_field, url=url_field,
                                outlet=outlet_field, byline=byline_field),
        outlet=outlet, published=published_iso, timeout=float(timeout), max_bytes=int(max_bytes),
        follow_links=follow_links, user_agent=user_agent, allow_private=allow_private_urls,
    )
    return _iter_articles(sources, opts)


def _iter_articles(sources: Iterable[str], opts: _Options) -> Iterator[Result]:
    first_seen: dict[str, str] = {}
    for item in _expand(sources, opts.fmt):
        if isinstance(item, LoadFailure):
            yield item
            continue
        kind, name = item
        if kind == "stdin":
            drafts = _read_stdin(opts)
        elif kind == "url":
            drafts = _read_url(name, opts)
        else:
            drafts = _read_file(name, opts)
        for draft in _guarded(drafts, name):
            if isinstance(draft, warc.Skip):
                yield LoadSkipped(draft.source, draft.reason)
                continue
            if isinstance(draft, InputError):
                message = " ".join(str(draft).split())  # one line, whatever a feed link held
                yield LoadFailure(message.split(": ", 1)[0] if ": " in message else name, message)
                continue
            try:
                article = _article(draft, opts)
            except InputError as exc:
                yield LoadFailure(draft.source, str(exc))
                continue
            earlier = first_seen.get(article.id)
            if earlier is not None:
                yield LoadSkipped(draft.source, f"same text as {earlier}")
                continue
            first_seen[article.id] = draft.source
            yield article


def _guarded(drafts: Iterator[Union[Draft, InputError]], name: str) -> Iterator[Union[Draft, InputError]]:
    """The drafts of one input; an exception a hostile input raises inside a parser (feedparser
    decoding a mangled XML declaration) ends that input with one line, not the run."""
    try:
        yield from drafts
    except Exception as exc:  # noqa: BLE001 - third-party parsers on untrusted bytes
        lines = str(exc).strip().splitlines()
        yield InputError(f"{name}: cannot read ({type(exc).__name__}{': ' + lines[0] if lines else ''})")
