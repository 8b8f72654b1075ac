"""JSON, JSON Lines and CSV: one article per record, fields found by a mapping.

Defaults cover the common dumps (NewsAPI, news-please, Common Crawl news extracts, scraper
output): the first of these names present in a record is used, case-insensitively.
An explicit ``--text-field`` etc. may be a dotted path (``source.name``) and replaces the
defaults for that field.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Union

from stancegraph.errors import InputError
from stancegraph.loaders.read.clean import html_fragment_to_text
from stancegraph.loaders.read.meta import Draft

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "story", "full_text", "maintext", "article_text"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "published_at", "publishedat", "pubdate", "date_published",
             "date_publish", "datetime", "timestamp", "created_at", "time"),
    "url": ("url", "link", "href", "source_url", "permalink"),
    "outlet": ("source", "outlet", "publisher", "site", "site_name", "sitename", "source_domain",
               "domain", "newspaper", "publication"),
    "byline": ("author", "byline", "authors", "creator", "writer"),
    "language": ("language", "lang"),
}
#: Keys holding the list of records when a JSON file is an object rather than a list.
LIST_KEYS = ("articles", "items", "data", "records", "results", "entries", "documents", "docs", "stories")

_HTML_TAG = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|em|strong|b|i)\b[^>]*>", re.I)

Item = Union[Draft, InputError]


@dataclass
class FieldMap:
    """Explicit field names from the command line (None: use the defaults)."""

    text: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    byline: Optional[str] = None

    def names(self, field: str) -> tuple[str, ...]:
        explicit = getattr(self, field, None)
        return (explicit,) if explicit else DEFAULT_FIELDS[field]


def _lookup(record: dict, name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        if part in value:
            value = value[part]
            continue
        lowered = {str(k).lower(): k for k in value}
        key = lowered.get(part.lower())
        if key is None:
            return None
        value = value[key]
    return value


def _as_text(value: Any) -> Optional[str]:
    """Strings as they are; ``{"name": ...}`` objects and lists of names flattened."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value", "id"):
            if isinstance(value.get(key), str) and value[key].strip():
                return value[key].strip()
        return None
    if isinstance(value, (list, tuple)):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _first(record: dict, fields: FieldMap, field: str) -> Any:
    for name in fields.names(field):
        value = _lookup(record, name)
        if value not in (None, "", [], {}):
            return value
    return None


def record_draft(record: Any, fields: FieldMap, *, source: str, path: Optional[str]) -> Draft:
    """One record to a :class:`Draft`; :class:`InputError` naming ``source`` if it has no text."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: record is a JSON {type(record).__name__}, not an object")
    raw_text = _first(record, fields, "text")
    if raw_text is None:
        if any(_lookup(record, name) is not None for name in fields.names("text")):
            raise InputError(f"{source}: empty text")
        tried = ", ".join(fields.names("text"))
        raise InputError(f"{source}: no text field (tried {tried}; choose one with --text-field)")
    if not isinstance(raw_text, str):
        raise InputError(f"{source}: text field holds a {type(raw_text).__name__}, not a string")
    keep_offsets = True
    text = raw_text
    if _HTML_TAG.search(text[:2000]):
        # Text given as HTML has no usable offsets anyway: convert and clean it like a page.
        text, keep_offsets = html_fragment_to_text(text), False
    if not text.strip():
        raise InputError(f"{source}: empty text")
    date = _first(record, fields, "date")
    return Draft(
        source, text, keep_offsets=keep_offsets,
        title=_as_text(_first(record, fields, "title")),
        byline=_as_text(_first(record, fields, "byline")),
        published=date if isinstance(date, (int, float)) and not isinstance(date, bool) else _as_text(date),
        url=_as_text(_first(record, fields, "url")),
        outlet=_as_text(_first(record, fields, "outlet")),
        language=_as_text(_first(record, fields, "language")),
        path=path,
    )


def _json_reason(exc: json.JSONDecodeError) -> str:
    return re.sub(r"\s+at$", "", exc.msg).lower()


def _drafts(records: Iterable[tuple[str, Any]], fields: FieldMap, path: Optional[str]) -> Iterator[Item]:
    for source, record in records:
        try:
            yield record_draft(record, fields, source=source, path=path)
        except InputError as exc:
            yield exc


def iter_json(text: str, *, source: str, fields: FieldMap, path: Optional[str]) -> Iterator[Item]:
    """A JSON document: a list of records, one record, or an object holding a list."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines in a .json file: a common mislabelling
            yield from iter_jsonl(text.splitlines(), source=source, fields=fields, path=path)
            return
        yield InputError(f"{source}: invalid JSON ({_json_reason(exc)}, line {exc.lineno} column {exc.colno})")
        return
    except RecursionError:
        yield InputError(f"{source}: invalid JSON (nested too deeply)")
        return
    if isinstance(data, dict):
        holder = next((k for k in LIST_KEYS if isinstance(_lookup(data, k), list)), None)
        if holder is not None:
            data = _lookup(data, holder)
        else:
            yield from _drafts([(source, data)], fields, path)
            return
    if not isinstance(data, list):
        yield InputError(f"{source}: JSON holds a {type(data).__name__}, not articles")
        return
    if not data:
        yield InputError(f"{source}: JSON list is empty")
        return
    yield from _drafts(((f"{source}[{i}]", rec) for i, rec in enumerate(data)), fields, path)


def iter_jsonl(lines: Iterable[str], *, source: str, fields: FieldMap, path: Optional[str],
               max_line: Optional[int] = None) -> Iterator[Item]:
    """JSON Lines, streamed: a malformed line is reported with its number and skipped."""
    seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen = True
        where = f"{source}:{number}"
        if max_line is not None and len(line) > max_line:
            yield InputError(f"{where}: line longer than the {max_line:,} character limit")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: invalid JSON ({_json_reason(exc)}, column {exc.colno})")
            continue
        except RecursionError:
            yield InputError(f"{where}: invalid JSON (nested too deeply)")
            continue
        yield from _drafts([(where, record)], fields, path)
    if not seen:
        yield InputError(f"{source}: no JSON lines")


def iter_csv(handle: Iterable[str], *, source: str, fields: FieldMap, path: Optional[str],
             delimiter: Optional[str] = None, sample: str = "") -> Iterator[Item]:
    """CSV (or TSV) with a header row, streamed row by row."""
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(sample[:65536], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(sys.maxsize if sys.maxsize < 2**63 else 2**31 - 1)
    reader = csv.DictReader(handle, delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield InputError(f"{source}: not valid CSV ({exc})")
        return
    if not header:
        yield InputError(f"{source}: empty CSV (no header row)")
        return
    lowered = {h.lower().strip() for h in header if h}
    text_names = [n.split(".")[0].lower() for n in fields.names("text")]
    if not any(n in lowered for n in text_names):
        columns = ", ".join(h for h in header if h)
        yield InputError(f"{source}: no text column (columns: {columns}; choose one with --text-field)")
        return
    count = 0
    try:
        for row in reader:
            count += 1
            record = {(k or "").strip(): v for k, v in row.items() if k is not None}
            yield from _drafts([(f"{source}:{reader.line_num}", record)], fields, path)
    except csv.Error as exc:
        yield InputError(f"{source}:{reader.line_num}: not valid CSV ({exc})")
    if not count:
        yield InputError(f"{source}: CSV has a header but no rows")
