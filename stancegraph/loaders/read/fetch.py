"""Fetching URLs politely and safely: a user agent, timeouts, redirects, a size limit,
public addresses only, one-line errors.

Standard library only (``http.client``): no extra dependency for a handful of GETs.

Safety (issue 23): a URL, and every redirect, is resolved first and refused when any of its
addresses is loopback, private, link-local (cloud metadata at 169.254.169.254), unspecified
or otherwise not global, unless ``allow_private`` (``--allow-private-urls``). The connection
then goes to the address that was checked, with the name in the Host header and TLS SNI and
certificate check, so a second DNS answer cannot swap in another address. Environment
proxies are not used: they would connect to a name this process never checked. One download,
redirects included, ends after ``timeout * TOTAL_TIMEOUT_FACTOR`` seconds whatever the server
does: a watchdog shuts the socket at the deadline, so a byte a second cannot hold it open.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin, urlsplit

from stancegraph import __version__
from stancegraph.errors import InputError, without_credentials

USER_AGENT = f"stancegraph/{__version__} (news article loader; +https://pypi.org/project/stancegraph/)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/json,text/plain;q=0.9,*/*;q=0.5"
)
#: A download may take this many times ``timeout`` in all (``timeout`` bounds each wait).
TOTAL_TIMEOUT_FACTOR = 5
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

#: Addresses reachable without ``allow_private``: empty; tests put their loopback server here.
TRUSTED_ADDRESSES: set[str] = set()


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


def non_public(ip: str) -> Optional[str]:
    """What kind of non-public address ``ip`` is ("loopback", "private", ...), or None."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address):
        # An IPv4 address wrapped in IPv6 is judged as that IPv4 address.
        if addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        elif addr in _NAT64:
            addr = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        elif addr.sixtofour is not None:
            addr = addr.sixtofour
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(addr, f"is_{kind}"):
            return kind.replace("_", "-") + (" (cloud metadata)" if str(addr) == "169.254.169.254" else "")
    return None if addr.is_global else "non-public"


def resolve(host: str, port: int) -> list[str]:
    """The addresses of ``host``, in the resolver's order (a seam for tests)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


@dataclass
class _Target:
    scheme: str
    host: str
    port: int
    path: str
    addresses: list[str]


def _target(url: str, origin: str, allow_private: bool, redirected: bool) -> _Target:
    """Where ``url`` (reached from ``origin``, the URL the user gave) may be fetched from."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"{origin}: bad URL {without_credentials(url)} ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{origin}: only http:// and https:// URLs can be fetched "
                         f"(got {without_credentials(url)})")
    port = port or (443 if scheme == "https" else 80)
    addresses = resolve(parts.hostname, port)
    if not allow_private:
        for ip in addresses:
            kind = non_public(ip)
            if kind and ip not in TRUSTED_ADDRESSES:
                via = f" (redirected to {without_credentials(url)})" if redirected else ""
                article = "an" if kind[0] in "aeiou" else "a"
                raise InputError(f"{origin}: refused{via}: {parts.hostname} is {article} {kind} address ({ip}); "
                                 "pass --allow-private-urls to fetch it")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(scheme, parts.hostname, port, path, addresses)


class _PinnedConnection(http.client.HTTPConnection):
    """HTTP(S) to a checked address, speaking to it by name (Host header, SNI, certificate)."""

    def __init__(self, target: _Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self._target = target
        self.default_port = 443 if target.scheme == "https" else 80  # no ":443" in Host

    def connect(self) -> None:
        error: Optional[OSError] = None
        for ip in self._target.addresses:
            try:
                sock = socket.create_connection((ip, self.port), self.timeout)
            except OSError as exc:
                error = exc
                continue
            if self._target.scheme == "https":
                try:
                    sock = ssl.create_default_context().wrap_socket(sock, server_hostname=self._target.host)
                except BaseException:
                    sock.close()
                    raise
            self.sock = sock
            return
        raise error or OSError("no address to connect to")


class _Watchdog:
    """Shuts the current connection's socket at the deadline, whatever it is waiting for."""

    def __init__(self, seconds: float):
        self.fired = False
        self.connection: Optional[_PinnedConnection] = None
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.connection.sock if self.connection is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _read_body(resp: http.client.HTTPResponse, url: str, max_bytes: int, watchdog: _Watchdog) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise InputError(f"{url}: response is {megabytes(int(length))}, "
                         f"larger than the {megabytes(max_bytes)} limit (--max-bytes)")
    chunks, size = [], 0
    while chunk := resp.read1(_CHUNK):  # what has arrived: a trickle cannot fill a 64 KiB read
        if watchdog.fired:
            break
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: response larger than the {megabytes(max_bytes)} limit (--max-bytes)")
        chunks.append(chunk)
    if watchdog.fired:
        raise TimeoutError("deadline")
    return b"".join(chunks)


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = 50_000_000,
          user_agent: str = USER_AGENT, allow_private: bool = False) -> Response:
    """GET ``url`` following redirects; raise :class:`InputError` with a one-line message.

    ``timeout`` bounds each wait, ``timeout * TOTAL_TIMEOUT_FACTOR`` the whole download.
    """
    shown = without_credentials(url)
    total = timeout * TOTAL_TIMEOUT_FACTOR
    watchdog = _Watchdog(total)
    try:
        return _fetch(url, shown, timeout, max_bytes, user_agent, allow_private, watchdog)
    except InputError:
        raise
    except BaseException as exc:
        if watchdog.fired:
            raise InputError(f"{shown}: timed out (download took over {total:g} s)") from None
        if isinstance(exc, (socket.timeout, TimeoutError)):
            raise InputError(f"{shown}: timed out after {timeout:g} s") from None
        if isinstance(exc, (http.client.HTTPException, OSError, ValueError, UnicodeError)):
            raise InputError(f"{shown}: cannot fetch ({_reason(exc)})") from None
        raise
    finally:
        watchdog.cancel()


def _fetch(url: str, shown: str, timeout: float, max_bytes: int, user_agent: str,
           allow_private: bool, watchdog: _Watchdog) -> Response:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if watchdog.fired:
            raise TimeoutError("deadline")
        target = _target(current, shown, allow_private, redirected=current is not url)
        conn = _PinnedConnection(target, timeout)
        watchdog.connection = conn
        try:
            conn.request("GET", target.path, headers={"User-Agent": user_agent, "Accept": ACCEPT})
            resp = conn.getresponse()
            location = resp.headers.get("Location")
            if resp.status in _REDIRECTS and location:
                current = urljoin(current, location.strip())
                continue
            if resp.status >= 400:
                raise InputError(f"{shown}: HTTP {resp.status} {resp.reason}".rstrip())
            body = _read_body(resp, shown, max_bytes, watchdog)
            return Response(url=current, body=body,
                            content_type=(resp.headers.get_content_type() or "").lower(),
                            charset=resp.headers.get_content_charset())
        finally:
            conn.close()
    raise InputError(f"{shown}: more than {MAX_REDIRECTS} redirects")
