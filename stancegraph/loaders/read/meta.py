"""Metadata helpers: dates, outlets from URLs, dates from file names."""
from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
import time
from typing import Any, Optional
from urllib.parse import urlsplit

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(value: Any) -> Optional[str]:
    """An ISO 8601 date (``YYYY-MM-DD``) from whatever a source gives, or None.

    ISO strings and RFC 822 feed dates take a fast path; anything else ("25 November 2025",
    "Nov 25, 2025 9:30 AM EST", "2 days ago") goes through dateparser. The date is kept as
    written at the source (no conversion to UTC: a story dated 24 Nov in Beijing stays 24 Nov).
    """
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        stamp = value / 1000 if value > 1e11 else value  # epoch milliseconds or seconds
        try:
            return dt.datetime.fromtimestamp(stamp, tz=dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        import dateparser
    except ImportError:  # pragma: no cover - declared dependency
        return None
    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def date_from_filename(path: str) -> Optional[str]:
    """``trump-xi-call-2025-11-24.txt`` -> ``2025-11-24`` (news archives name files this way)."""
    m = _FILENAME_DATE.search(os.path.basename(path))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """``https://www.bbc.co.uk/news/x`` -> ``bbc.co.uk``: the outlet when nothing else says."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition|rss|feeds?)\.", "", host)
    return host or None


class Draft:
    """What a reader found for one article, before cleaning and the command-line overrides.

    ``keep_offsets`` says whether the text is one a user can point at (a file, a JSON/CSV
    field): then cleaning blanks furniture in place instead of removing it.
    """

    __slots__ = ("source", "text", "keep_offsets", "markdown", "title", "byline", "published",
                 "url", "outlet", "language", "path")

    def __init__(self, source: str, text: str, *, keep_offsets: bool = True, markdown: bool = False,
                 title: Optional[str] = None, byline: Optional[str] = None,
                 published: Optional[str] = None, url: Optional[str] = None,
                 outlet: Optional[str] = None, language: Optional[str] = None,
                 path: Optional[str] = None) -> None:
        self.source = source
        self.text = text
        self.keep_offsets = keep_offsets
        self.markdown = markdown
        self.title = title
        self.byline = byline
        self.published = published
        self.url = url
        self.outlet = outlet
        self.language = language
        self.path = path
