"""Web archives (.warc, .warc.gz) as input: the HTML responses become articles with the
record's URL, date and host; other responses are skipped and counted."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from stancegraph import api
from stancegraph.cli import cli
from stancegraph.loaders.read.sources import LoadFailure, LoadSkipped, count_sources, iter_articles

PAGE = (Path(__file__).parent / "fixtures" / "loaders" / "page.html").read_bytes()
STORY_URL = "https://www.portellis-gazette.example/news/islands-welcome-ferry-vote"
SECOND = (b"<html><head><title>Harbour works start</title></head><body><article><h1>Harbour works start</h1>"
          b"<p>Work on the new harbour wall began on Monday, the council said, and the contractor expects "
          b"to finish before the first ferry sailings next summer.</p>"
          b"<p>\"We are on schedule,\" said the site manager, Tom Reyes, who added that the cranes would "
          b"leave the quay by the end of March.</p></article></body></html>")


@pytest.fixture(autouse=True)
def _fresh_trafilatura():
    # trafilatura drops a paragraph it has seen more than twice in this process (its
    # deduplicate option): each test reads its pages as a fresh process would.
    from trafilatura.meta import reset_caches

    reset_caches()


def _response(writer, url, body, *, status="200 OK", content_type="text/html; charset=utf-8",
              date="2026-12-01T06:30:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_warc(path: Path, gzip: bool = True) -> Path:
    """A crawl as CC-NEWS stores it: a request, two story pages, an image, a redirect, a 404."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        request = StatusAndHeaders("GET /news/islands-welcome-ferry-vote HTTP/1.1", [("Host", "x")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(STORY_URL, "request", http_headers=request))
        _response(writer, STORY_URL, PAGE)
        _response(writer, "https://www.portellis-gazette.example/logo.png", b"\x89PNG\r\n\x1a\n....",
                  content_type="image/png")
        _response(writer, "https://www.portellis-gazette.example/old", b"", status="301 Moved Permanently")
        _response(writer, "https://www.portellis-gazette.example/gone", b"<html>Not found</html>",
                  status="404 Not Found")
        _response(writer, "https://news.harbour.example/harbour-works", SECOND, date="2026-12-02T23:59:59Z")
    return path


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_articles(tmp_path, name, gzip):
    path = write_warc(tmp_path / name, gzip=gzip)
    items = list(iter_articles([str(path)]))
    articles = [i for i in items if not isinstance(i, (LoadSkipped, LoadFailure))]
    assert [(a.url, a.published, a.outlet) for a in articles] == [
        (STORY_URL, "2026-12-01", "portellis-gazette.example"),
        ("https://news.harbour.example/harbour-works", "2026-12-02", "news.harbour.example"),
    ]
    first = articles[0]
    assert first.title == "Islands welcome ferry vote" and first.byline == "Maria Lopez"
    assert "said Elena Marsh" in first.text
    for furniture in ("Most read", "Subscribe", "All rights reserved"):
        assert furniture not in first.text
    skipped = [str(i) for i in items if isinstance(i, LoadSkipped)]
    assert skipped == [
        f"https://www.portellis-gazette.example/logo.png in {path}: skipped, not an HTML page (image/png)",
        f"https://www.portellis-gazette.example/old in {path}: skipped, HTTP 301 response",
        f"https://www.portellis-gazette.example/gone in {path}: skipped, HTTP 404 response",
    ]
    assert not [i for i in items if isinstance(i, LoadFailure)]


def test_warc_in_a_folder_walk_and_counted_once(tmp_path):
    write_warc(tmp_path / "CC-NEWS-20261201.warc.gz")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    assert count_sources([str(tmp_path)]) == 1
    report = api.IngestReport()
    articles = list(api.read([tmp_path], report=report))
    assert len(articles) == 2 and (report.loaded, report.skipped, report.failed) == (2, 3, 0)


def test_not_a_warc_is_one_failure(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not an archive\n" * 20)
    (failure,) = iter_articles([str(path)])
    assert isinstance(failure, LoadFailure)
    assert failure.message == f"{path}: not a WARC file (no WARC/1.x record at the start)"


def test_warc_from_standard_input_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"WARC/1.0\r\n")))
    (failure,) = iter_articles(["-"], fmt="warc")
    assert "WARC archives are read from files" in failure.message


def test_extract_command_reads_a_warc(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 loaded, 2 extracted, 3 skipped, 0 failed" in result.output
    graphs = list(api.read_jsonl(out))
    assert [g.article.url for g in graphs] == [STORY_URL, "https://news.harbour.example/harbour-works"]
    assert any(s.speaker and s.speaker.text == "Elena Marsh" for s in graphs[0].statements)


def test_ingest_command_reads_a_warc(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    db = str(tmp_path / "g.lbdb")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 loaded, 2 written, 3 skipped, 0 failed" in result.output
    with api.open_store(db, read_only=True) as store:
        rows = store.run("MATCH (a:Article) RETURN a.outlet, a.published ORDER BY a.outlet").rows
    assert rows == [["news.harbour.example", "2026-12-02"], ["portellis-gazette.example", "2026-12-01"]]
