"""HTML pages: the story's main text and the page's metadata, through trafilatura."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from stancegraph.errors import InputError, MissingDependency
from stancegraph.loaders.limits import TimeLimitExceeded, time_limit

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)


@dataclass
class Page:
    text: str  # main text, paragraphs one per line (not yet cleaned)
    title: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    sitename: Optional[str] = None
    url: Optional[str] = None  # canonical URL when the page declares one
    language: Optional[str] = None


def meta_charset(raw: bytes) -> Optional[str]:
    """The charset a page declares in a ``<meta>`` tag (first 4 KB)."""
    m = _META_CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


#: Cleaning caps per page. Memory grows with the number of elements and trafilatura's time
#: faster than linearly with it (docs/reliability.md): a story page has a few thousand.
MAX_ELEMENTS = 200_000
#: Seconds one page may take to clean (enforced when reading in the main thread).
TIME_LIMIT = 30.0


def extract_page(html: str, *, url: Optional[str] = None, source: str) -> Page:
    """Main text and metadata of an HTML page; :class:`InputError` if there is no story, or
    if the page is over :data:`MAX_ELEMENTS` elements or takes over :data:`TIME_LIMIT` s."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise MissingDependency(
            f"reading HTML needs trafilatura ({exc}); install it with: pip install 'trafilatura>=2,<3'"
        ) from None
    if html.count("<") > MAX_ELEMENTS:
        raise InputError(f"{source}: HTML page has over {MAX_ELEMENTS:,} elements, too many to clean "
                         "(a story page has a few thousand)")
    try:
        with time_limit(TIME_LIMIT):
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, deduplicate=True,
            )
    except TimeLimitExceeded:
        raise InputError(f"{source}: HTML page took over {TIME_LIMIT:g} s to clean; skipped") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{source}: no article text found in the HTML page")
    m = _HTML_LANG.search(html[:4096])
    language = m.group(1).lower() if m else (getattr(doc, "language", None) or None)
    canonical = getattr(doc, "url", None)
    if canonical and not canonical.lower().startswith(("http://", "https://")):
        canonical = None
    return Page(
        text=text,
        title=(doc.title or None),
        author=(doc.author or None),
        date=(doc.date or None),
        sitename=(doc.sitename or None),
        url=canonical,
        language=language,
    )


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(head|body|article)\b", head))
