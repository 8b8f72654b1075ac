"""Outbound requests: public addresses only, checked on every hop, and a hard deadline."""
from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.loaders.read import fetch as fetch_module
from stancegraph.loaders.read.fetch import fetch, non_public
from stancegraph.loaders.read.sources import LoadFailure, iter_articles

STORY = (b"<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote</h1>"
         + b"<p>The council approved the new ferry timetable on Monday, the mayor said. " * 8
         + b"</p></article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    hosts: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        type(self).hosts.append(self.headers.get("Host"))
        if self.path.startswith("/to/"):  # /to/<url>: a redirect there
            self.send_response(302)
            self.send_header("Location", self.path[len("/to/"):])
            self.end_headers()
        elif self.path == "/trickle":  # one byte every 0.2 s, far more than the deadline allows
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(100_000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(STORY)))
            self.end_headers()
            self.wfile.write(STORY)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_port
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def trusted_loopback(monkeypatch):
    """The test hook: 127.0.0.1 (only) is reachable, as a public server would be."""
    monkeypatch.setattr(fetch_module, "TRUSTED_ADDRESSES", {"127.0.0.1"})


@pytest.mark.parametrize("url, kind", [
    ("http://127.0.0.1/", "loopback"),
    ("http://localhost/", "loopback"),
    ("http://0x7f000001/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://[::ffff:10.0.0.1]/", "private"),
    ("http://10.1.2.3/", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://192.168.1.1:8080/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[fd00:ec2::254]/", "private"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://100.100.100.200/", "non-public"),  # carrier-grade NAT (another cloud's metadata)
    ("http://224.0.0.1/", "multicast"),
    ("http://[64:ff9b::7f00:1]/", "loopback"),  # NAT64 wrapping 127.0.0.1
])
def test_non_public_addresses_are_refused_in_one_line_naming_the_url(url, kind):
    with pytest.raises(InputError) as info:
        fetch(url, timeout=1)
    message = str(info.value)
    assert message.startswith(f"{url}: refused: ")
    assert f" {kind} address" in message
    assert message.endswith("pass --allow-private-urls to fetch it")
    assert "\n" not in message


@pytest.mark.parametrize("ip", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass_the_check(ip):
    assert non_public(ip) is None


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with pytest.raises(InputError, match=r"intranet\.example is a private address \(10\.0\.0\.7\)"):
        fetch("http://intranet.example/", timeout=1)


def test_connection_goes_to_the_checked_address_with_the_name_as_host(server, monkeypatch, trusted_loopback):
    # The name resolves once, to the checked address; the request goes there, by name.
    calls = []

    def resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"]

    monkeypatch.setattr(fetch_module, "resolve", resolver)
    resp = fetch(f"http://news.example:{server}/story", timeout=2)
    assert b"ferry timetable" in resp.body
    assert _Handler.hosts[-1] == f"news.example:{server}"
    assert calls == ["news.example"]


def test_every_redirect_is_checked(server, trusted_loopback):
    start = f"http://127.0.0.1:{server}/story"
    assert b"ferry" in fetch(f"http://127.0.0.1:{server}/to/{start}", timeout=2).body
    for target, kind in [("http://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)"),
                         ("http://127.0.0.2:1/", "loopback"), ("http://[::1]:1/", "loopback"),
                         ("http://10.0.0.1/admin", "private")]:
        url = f"http://127.0.0.1:{server}/to/{target}"
        with pytest.raises(InputError) as info:
            fetch(url, timeout=2)
        assert str(info.value).startswith(f"{url}: refused (redirected to {target}): ")
        assert f"a {kind} address" in str(info.value)


def test_redirect_to_another_scheme_is_refused(server, trusted_loopback):
    with pytest.raises(InputError, match="only http:// and https:// URLs can be fetched"):
        fetch(f"http://127.0.0.1:{server}/to/file:///etc/passwd", timeout=2)


def test_allow_private_urls_reaches_loopback(server):
    resp = fetch(f"http://localhost:{server}/story", timeout=2, allow_private=True)
    assert b"ferry timetable" in resp.body


def test_a_trickling_server_cannot_stretch_the_deadline(server):
    # timeout 0.4 s per wait, 2 s in all; the server sends a byte every 0.2 s for 5 hours.
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        fetch(f"http://127.0.0.1:{server}/trickle", timeout=0.4, allow_private=True)
    elapsed = time.monotonic() - started
    assert str(info.value) == f"http://127.0.0.1:{server}/trickle: timed out (download took over 2 s)"
    assert elapsed < 3.5


def test_credentials_in_a_url_are_not_printed():
    with pytest.raises(InputError) as info:
        fetch("http://alice:s3cret@127.0.0.1/", timeout=1)
    assert "s3cret" not in str(info.value) and str(info.value).startswith("http://***@127.0.0.1/")


def test_ingest_refuses_private_urls_and_feed_links_in_one_line(tmp_path, server):
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Teaser</title><link>http://127.0.0.1:{server}/story</link>
      <description>Short.</description></item></channel></rss>""")
    results = list(iter_articles([f"http://127.0.0.1:{server}/story", str(feed)]))
    assert [type(r) for r in results] == [LoadFailure, LoadFailure]
    assert results[0].message.startswith(f"http://127.0.0.1:{server}/story: refused: ")
    assert "entry 1" in results[1].message and "refused" in results[1].message

    db = tmp_path / "g.lbdb"
    result = CliRunner().invoke(cli, ["ingest", f"http://localhost:{server}/story", "--db", str(db)])
    assert result.exit_code == 1
    assert f"failed: http://localhost:{server}/story: refused: localhost is a loopback address" in result.output
    assert "Traceback" not in result.output


def test_unresolvable_host_is_one_line(monkeypatch):
    def fail(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(fetch_module, "resolve", fail)
    with pytest.raises(InputError, match=r"^http://nowhere\.example/: cannot fetch \(host not found\)$"):
        fetch("http://nowhere.example/", timeout=1)
