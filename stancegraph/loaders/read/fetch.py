"""Fetching URLs politely: a user agent, timeouts, redirects, a size limit, one-line errors.

Standard library only (``urllib``): no extra dependency for a handful of GETs.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Optional

from stancegraph import __version__
from stancegraph.errors import InputError

USER_AGENT = f"stancegraph/{__version__} (news article loader; +https://pypi.org/project/stancegraph/)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/json,text/plain;q=0.9,*/*;q=0.5"
)
#: A download may take this many times ``timeout`` in all (``timeout`` bounds each wait).
TOTAL_TIMEOUT_FACTOR = 5
_CHUNK = 64 * 1024


@dataclass
class Response:
    url: str  # final URL, after redirects
    body: bytes
    content_type: str  # "text/html", lower case, without parameters
    charset: Optional[str]


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def megabytes(n: int) -> str:
    return f"{n / 1_000_000:.3g} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    if isinstance(exc, socket.gaierror):
        return "host not found"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if exc.strerror[:1].isupper() and exc.strerror[1:2].islower() else exc.strerror
    return str(exc) or exc.__class__.__name__


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = 50_000_000,
          user_agent: str = USER_AGENT) -> Response:
    """GET ``url`` following redirects; raise :class:`InputError` with a one-line message."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": ACCEPT})
    deadline = time.monotonic() + timeout * TOTAL_TIMEOUT_FACTOR
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http/https only)
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: response is {megabytes(int(length))}, "
                                 f"larger than the {megabytes(max_bytes)} limit")
            chunks, size = [], 0
            while True:
                chunk = resp.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: response larger than the {megabytes(max_bytes)} limit")
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: timed out (download took over "
                                     f"{timeout * TOTAL_TIMEOUT_FACTOR:g} s)")
                chunks.append(chunk)
            headers: Message = resp.headers
            return Response(
                url=resp.geturl(),
                body=b"".join(chunks),
                content_type=(headers.get_content_type() or "").lower(),
                charset=headers.get_content_charset(),
            )
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, BaseException) and isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        text = _reason(reason) if isinstance(reason, BaseException) else str(reason)
        raise InputError(f"{url}: cannot fetch ({text})") from None
    except (socket.timeout, TimeoutError):
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({_reason(exc)})") from None
