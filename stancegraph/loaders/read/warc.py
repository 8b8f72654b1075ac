"""Web archives: the HTTP responses in a ``.warc`` / ``.warc.gz`` file (ISO 28500), as a
crawl such as Common Crawl's CC-NEWS stores them.

Each HTML response goes through the same page cleaning as an HTML file
(:func:`.pages.extract_page`); the record's target URL, its ``WARC-Date`` and the URL's host
become the article's URL, date and outlet. A crawl also holds redirects, error pages,
images, feeds and index pages with no story: those responses are skipped with the reason
(counted as skipped, not failed). Request, metadata and ``warcinfo`` records are not
articles and are passed over silently.

The file is streamed record by record, so ``max_bytes`` bounds one response, not the
archive (a CC-NEWS file is about 1 GB).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import BinaryIO, Iterator, Optional, Union

from stancegraph.errors import InputError, MissingDependency
from stancegraph.loaders.read import clean, pages
from stancegraph.loaders.read.fetch import megabytes
from stancegraph.loaders.read.meta import Draft, outlet_from_url, parse_date

#: Content types read as pages; any other response is skipped.
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Skip:
    """A response that is not an article (an error, a redirect, an image...)."""

    source: str
    reason: str


def is_warc_name(name: str) -> bool:
    return name.lower().endswith((".warc", ".warc.gz"))


#: ``archive.warc.gz#bytes=A-B``: the records that start in bytes A to B of a gzipped archive,
#: the part of a large archive one worker reads (see :func:`slices`).
_SLICE = re.compile(r"^(?P<path>.+\.warc\.gz)#bytes=(?P<start>\d+)-(?P<end>\d+)$", re.IGNORECASE)
_GZIP_MEMBER = b"\x1f\x8b\x08"


def is_slice(name: str) -> bool:
    return _SLICE.match(name) is not None


def iter_warc(name: str, *, max_bytes: int) -> Iterator[Union[Draft, InputError, Skip]]:
    """A :class:`Draft` per HTML response in the archive ``name`` (a path, or a slice of one),
    a :class:`Skip` per other response, an :class:`InputError` for one that cannot be read."""
    m = _SLICE.match(name)
    path, start, end = (m["path"], int(m["start"]), int(m["end"])) if m else (name, 0, None)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({(exc.strerror or str(exc)).lower()})")
        return
    with fh:
        if start and end is not None:
            first = _next_record(fh, start, end)
            if first is None:
                return  # no record starts in this slice: the one before reads it whole
            fh.seek(first)
        elif not _starts_as_warc(fh):
            yield InputError(f"{path}: not a WARC file (no WARC/1.x record at the start)")
            return
        yield from read_records(fh, path, max_bytes=max_bytes, end=end)


def slices(path: str, size: int) -> list[str]:
    """A gzipped archive cut into byte ranges of about ``size`` (names :func:`iter_warc` reads),
    without reading it: each reader finds the first record that starts in its range and reads
    every record that starts there, so each record is read by exactly one. A plain ``.warc``
    (records cannot be told from their content by a byte search) is read whole."""
    try:
        total = os.path.getsize(path)
    except OSError:
        return [path]  # the reader reports it
    if not path.lower().endswith(".warc.gz") or total <= size:
        return [path]
    return [f"{path}#bytes={a}-{min(a + size, total)}" for a in range(0, total, size)]


def _next_record(fh: BinaryIO, start: int, end: int) -> Optional[int]:
    """The offset of the first gzip member at or after ``start`` (before ``end``) that holds
    a WARC record (gzipped WARC files hold one record per member, as the standard asks)."""
    fh.seek(start)
    data = fh.read(min(end - start, 1 << 20) + len(_GZIP_MEMBER))
    at = 0
    while True:
        at = data.find(_GZIP_MEMBER, at)
        if at < 0 or start + at >= end:
            if at < 0 and start + len(data) < end and len(data) > len(_GZIP_MEMBER):
                return _next_record(fh, start + len(data) - len(_GZIP_MEMBER), end)
            return None
        fh.seek(start + at)
        if _starts_as_warc(fh):
            return start + at
        at += 1


def _starts_as_warc(fh: BinaryIO) -> bool:
    """Whether a WARC record starts here, plain or gzipped (warcio itself reads past lines
    that are not records, with a warning each, and finds none)."""
    import gzip
    import zlib

    at = fh.tell()
    head = fh.read(2)
    fh.seek(at)
    if head == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=fh).read(5)
        except (OSError, EOFError, zlib.error):
            head = b""
    else:
        head = fh.read(5)
    fh.seek(at)
    return head == b"WARC/"


def read_records(fh: BinaryIO, name: str, *, max_bytes: int,
                 end: Optional[int] = None) -> Iterator[Union[Draft, InputError, Skip]]:
    """The responses of an open WARC stream (``end``: only the records that start before
    that offset in the file)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise MissingDependency(f"reading WARC files needs warcio ({exc}); install it with: "
                                "pip install 'warcio>=1.7,<2'") from None
    records = ArchiveIterator(fh)
    try:
        for record in records:
            # where this record starts in the file (get_record_offset() would read it to the end)
            if end is not None and records.offset >= end:
                return
            if record.rec_type == "response" and record.http_headers is not None:
                yield _response(record, name, max_bytes)
    except ArchiveLoadFailed as exc:
        message = " ".join(str(exc).split())
        yield InputError(f"{name}: not a readable WARC file ({message})")


def _response(record, name: str, max_bytes: int) -> Union[Draft, InputError, Skip]:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    source = f"{url} in {name}"
    status = record.http_headers.get_statuscode() or "?"
    if not status.startswith("2"):
        return Skip(source, f"HTTP {status} response")
    content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in HTML_TYPES:
        return Skip(source, f"not an HTML page ({mime or 'no content type'})")
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return InputError(f"{source}: response is over the {megabytes(max_bytes)} limit (--max-bytes)")
    if not raw.strip():
        return Skip(source, "empty response")
    try:
        text, _ = clean.decode_bytes(raw, _charset(content_type) or pages.meta_charset(raw))
        page = pages.extract_page(text, url=url, source=source)
    except clean.NotText as exc:
        return InputError(f"{source}: {exc}")
    except InputError as exc:  # no story on the page: a section front, a video page...
        return Skip(source, str(exc).removeprefix(f"{source}: "))
    return Draft(source, page.text, keep_offsets=False, title=page.title, byline=page.author,
                 published=parse_date(record.rec_headers.get_header("WARC-Date")), url=url or page.url,
                 outlet=outlet_from_url(url), language=page.language)


def _charset(content_type: str) -> Optional[str]:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
