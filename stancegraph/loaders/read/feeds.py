"""RSS and Atom feeds (feedparser): every entry becomes an article.

An entry carrying its full text (``content:encoded``, Atom ``content``, or a description of
at least :data:`FULL_TEXT_CHARS` characters) is read from the feed; an entry carrying only a
teaser is read by following its link, like a reader clicking through.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, Optional, Union

from stancegraph.errors import InputError, MissingDependency
from stancegraph.loaders.read.clean import html_fragment_to_text
from stancegraph.loaders.read.meta import Draft, outlet_from_url
from stancegraph.loaders.read.pages import Page

#: A description shorter than this is a teaser, not the story.
FULL_TEXT_CHARS = 1500

Item = Union[Draft, InputError]


def looks_like_feed(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return bool(re.search(r"<(rss|feed|rdf:rdf)\b", head))


def _entry_text(entry) -> tuple[str, bool]:
    """(text, is_full) from the entry's own content."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        kind = (content.get("type") or "").lower()
        text = html_fragment_to_text(value) if "html" in kind or "<" in value else value
        if text.strip():
            return text, True
    summary = entry.get("summary") or ""
    text = html_fragment_to_text(summary) if "<" in summary else summary
    return text, len(text.strip()) >= FULL_TEXT_CHARS


def iter_feed(raw: bytes, *, source: str, base_url: Optional[str] = None,
              follow: Optional[Callable[[str], Page]] = None) -> Iterator[Item]:
    """Drafts for the entries of a feed in ``raw``; ``follow(url)`` fetches a teaser's page
    (None: use the teaser itself)."""
    try:
        import feedparser
    except ImportError:  # pragma: no cover - declared dependency
        raise MissingDependency("reading feeds needs feedparser; install it with: pip install 'feedparser>=6,<7'") from None
    headers = {"content-location": base_url} if base_url else None
    try:
        parsed = feedparser.parse(raw, response_headers=headers, sanitize_html=True)
    except (ValueError, LookupError) as exc:  # UnicodeDecodeError on a mangled XML declaration
        yield InputError(f"{source}: not an RSS/Atom feed ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            reason = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0]
            yield InputError(f"{source}: not an RSS/Atom feed ({reason})")
        else:
            yield InputError(f"{source}: feed has no entries")
        return
    feed = parsed.get("feed") or {}
    feed_title = (feed.get("title") or "").strip() or None
    feed_link = feed.get("link") or base_url
    for number, entry in enumerate(entries, 1):
        link = entry.get("link") or None
        if link and (len(link.split()) != 1 or not link.lower().startswith(("http://", "https://"))):
            link = None  # "https://x/id>\n  <entry>...": markup read into a link, not a URL
        where = f"{source} entry {number}" + (f" ({link})" if link else "")
        text, full = _entry_text(entry)
        title = (entry.get("title") or "").strip() or None
        published = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
        byline = (entry.get("author") or "").strip() or None
        outlet = feed_title
        language = None
        if not full and link and follow is not None:
            try:
                page = follow(link)
            except InputError as exc:
                yield InputError(f"{where}: only a summary in the feed, and its link failed: "
                                 f"{str(exc).removeprefix(link + ': ')}")
                continue
            text = page.text
            title = title or page.title
            published = published or page.date
            byline = byline or page.author
            outlet = page.sitename or outlet
            language = page.language
        if not text.strip():
            yield InputError(f"{where}: entry has no text")
            continue
        yield Draft(
            link or where, text, keep_offsets=False, title=title, byline=byline,
            published=published, url=link, outlet=outlet or outlet_from_url(link or feed_link),
            language=language or (feed.get("language") or None),
        )
