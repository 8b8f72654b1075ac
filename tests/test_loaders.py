"""Loaders: every way articles arrive, as a user sees the result."""
from __future__ import annotations

import http.server
import io
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from stancegraph.errors import InputError
from stancegraph.graph.model import Article
from stancegraph.loaders.read.sources import (
    LoadFailure,
    LoadSkipped,
    count_sources,
    iter_articles,
    sample_path,
)

FIXTURES = Path(__file__).parent / "fixtures" / "loaders"
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"


def load(*sources, **options):
    options.setdefault("allow_private_urls", True)  # the test server is on 127.0.0.1
    return list(iter_articles([str(s) for s in sources], **options))


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def failures(results):
    return [r for r in results if isinstance(r, LoadFailure)]


def skipped(results):
    return [r for r in results if isinstance(r, LoadSkipped)]


def as_read(path) -> str:
    """The file's text the way the evaluation reads it."""
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ------------------------------------------------------------------ the seed article


def test_seed_article_keeps_story_and_offsets_and_drops_footer():
    (article,) = load(sample_path())
    original = as_read(sample_path())
    assert len(article.text) == len(original)
    assert article.title.startswith('Trump "Now we can focus on the big picture"')
    # every story line is where the file has it
    for quote in ("I just had a very good call with President Xi",
                  "Taiwan's return to China is an important part of the postwar international order",
                  "President Xi is trying to draw the United States closer"):
        start = original.index(quote)
        assert article.text[start:start + len(quote)] == quote
    assert article.text.rstrip().endswith("is likely to continue.")
    for junk in ("![", "webp", "bloomingbit", "selee@hankyung.com", "Korea Economic Daily\n"):
        assert junk not in article.text
    assert article.byline == "Sang-eun Lee, Eun-jung Kim"
    assert article.published == "2025-11-24"  # from the file name
    assert article.language == "en"


# ------------------------------------------------------------------ plain text


def test_text_file_furniture_blanked_in_place_byline_kept_as_metadata():
    path = FIXTURES / "story.txt"
    (article,) = load(path)
    original = as_read(path)
    assert len(article.text) == len(original)
    assert article.title == "Harbour council backs new ferry link"
    assert article.byline == "Jane Roe"
    for gone in ("By Jane Roe", "Share this article", "Subscribe to our newsletter", "ferry.jpg", "newsdesk@"):
        assert gone not in article.text
    # a story line that starts like a share button stays
    assert "Shares in the operator, Blue Water Lines, rose 5% after the vote." in article.text
    # curly quotes are kept as written, at their offsets
    quote = "“We have waited long enough,”"
    assert article.text.index(quote) == original.index(quote)


def test_crlf_bom_and_odd_spaces_keep_offsets_of_text_as_read(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle line\r\nThe\u00a0minister said\u2009no.\r\nShare\r\n".encode("utf-8"))
    (article,) = load(path)
    original = as_read(path)
    assert len(article.text) == len(original)
    start = original.index("minister")
    assert article.text[start:start + len("minister said")] == "minister said"
    assert "The minister said no." in article.text  # no-break and thin spaces are plain spaces
    assert article.title == "Title line"
    assert "Share" not in article.text


def test_latin1_file_is_decoded(tmp_path):
    # BBC sport/199.txt is Latin-1 with one pound sign; a detector guessed Japanese for it
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Chelsea sack Mutu\n\nA \xa315.8m signing from Parma last year was sacked.\n")
    (article,) = load(path)
    assert "£15.8m" in article.text


def test_utf16_file_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Headline\n\nThe mayor said the road would reopen.\n".encode("utf-16"))
    (article,) = load(path)
    assert article.title == "Headline"
    assert "The mayor said the road would reopen." in article.text


def test_markdown_front_matter_heading_links_and_images(tmp_path):
    path = FIXTURES / "notes.md"
    (article,) = load(path)
    original = as_read(path)
    assert len(article.text) == len(original)
    assert article.title == "Minister rejects subsidy for ferry link"
    assert (article.published, article.byline, article.outlet) == ("2025-11-25", "John Doe", "Port Ellis Gazette")
    # link text stays where it was; the link target and the image are blanked
    start = original.index("a statement")
    assert article.text[start:start + len("a statement")] == "a statement"
    assert "gov.example" not in article.text and "minister.png" not in article.text
    assert "Share on Twitter" not in article.text
    assert '"Taxpayers should not foot the bill," the minister said.' in article.text


# ------------------------------------------------------------------ dirs, globs, stdin


def _corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "politics" / "deep").mkdir(parents=True)
    (root / "README.TXT").write_text("About this corpus.\nNot a story.\n")
    (root / "LICENSE").write_text("MIT\n")
    (root / "politics" / "001.txt").write_text("Vote delayed\n\nThe vote was delayed, officials said.\n")
    (root / "politics" / "deep" / "002.txt").write_text("Budget passed\n\nThe budget passed on Friday.\n")
    (root / "politics" / "002.ann").write_text("T1\tSource 0 4\tVote\n")
    (root / ".hidden.txt").write_text("Hidden\n\nShould not load.\n")
    return root


def test_directory_is_walked_recursively_skipping_readme_and_unknown_files(tmp_path):
    root = _corpus(tmp_path)
    results = load(root)
    assert sorted(a.title for a in articles(results)) == ["Budget passed", "Vote delayed"]
    assert not failures(results) and not skipped(results)
    assert count_sources([str(root)]) == 2


def test_readme_named_explicitly_is_loaded(tmp_path):
    root = _corpus(tmp_path)
    (article,) = load(root / "README.TXT")
    assert article.title == "About this corpus."


def test_glob_pattern(tmp_path):
    root = _corpus(tmp_path)
    results = load(str(root / "**" / "0*.txt"))
    assert sorted(a.title for a in articles(results)) == ["Budget passed", "Vote delayed"]
    (failure,) = load(str(root / "*.nothing"))
    assert isinstance(failure, LoadFailure) and "no files match" in failure.message


def test_stdin(monkeypatch):
    data = "Storm warning\n\nForecasters warned of a storm, the agency said.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = load("-")
    assert article.title == "Storm warning"
    assert article.path is None


def test_stdin_json_lines_are_sniffed(monkeypatch):
    data = b'{"title": "A", "text": "First story."}\n{"title": "B", "text": "Second story."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [a.title for a in articles(load("-"))] == ["A", "B"]


# ------------------------------------------------------------------ bad input


def test_bad_inputs_each_fail_in_one_line_and_the_batch_goes_on(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ")
    big = tmp_path / "big.txt"
    big.write_text("Big\n\n" + "word " * 50_000)
    good = FIXTURES / "story.txt"
    missing = tmp_path / "missing.txt"
    results = load(binary, empty, blank, big, missing, good, max_bytes=100_000)
    assert [a.title for a in articles(results)] == ["Harbour council backs new ferry link"]
    messages = {f.source: f.message for f in failures(results)}
    assert set(messages) == {str(binary), str(empty), str(blank), str(big), str(missing)}
    for source, message in messages.items():
        assert message.startswith(source + ": ") and "\n" not in message
    assert "binary" in messages[str(binary)] and "PNG" in messages[str(binary)]
    assert "empty" in messages[str(empty)]
    assert "larger than" in messages[str(big)]
    assert "no such file" in messages[str(missing)]


def test_200_mb_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(200_000_000)  # sparse: costs no disk and no time
    (failure,) = load(huge)
    assert failure.message == f"{huge}: file is 200 MB, larger than the 50 MB limit (--max-bytes)"


def test_bad_options_raise_before_loading():
    with pytest.raises(InputError, match="cannot understand the date"):
        iter_articles([sample_path()], published="the day after never")
    with pytest.raises(InputError, match="unknown format"):
        iter_articles([sample_path()], fmt="docx")


# ------------------------------------------------------------------ duplicates


def test_same_story_twice_is_one_article(tmp_path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("Talks resume\n\n“We are ready,” the envoy said.\n")
    second.write_text("TALKS   RESUME\n\n\"We are ready,\" the envoy said.\nShare this story\n")
    results = load(first, second)
    assert len(articles(results)) == 1
    (skip,) = skipped(results)
    assert skip.source == str(second) and str(first) in skip.reason


# ------------------------------------------------------------------ metadata


def test_overrides_and_date_parsing():
    (article,) = load(FIXTURES / "story.txt", published="25 November 2025", outlet="Port Ellis Gazette")
    assert (article.published, article.outlet) == ("2025-11-25", "Port Ellis Gazette")


def test_json_lines_defaults_and_malformed_line():
    results = load(FIXTURES / "articles.jsonl")
    loaded = articles(results)
    assert [a.title for a in loaded] == ["Ferry fares to be capped", "Harbour master retires"]
    fares, retires = loaded
    assert (fares.published, fares.byline, fares.outlet) == ("2025-11-20", "Jane Roe", "portellis-gazette.example")
    assert (retires.published, retires.outlet) == ("2025-11-21", "Islands Weekly")  # NewsAPI-style source
    assert [f.source for f in failures(results)] == [f"{FIXTURES / 'articles.jsonl'}:2",
                                                     f"{FIXTURES / 'articles.jsonl'}:4"]
    assert "invalid JSON" in failures(results)[0].message
    assert "--text-field" in failures(results)[1].message


def test_json_with_field_mapping_and_dotted_paths():
    results = load(FIXTURES / "articles.json", text_field="story_body", title_field="story_headline",
                   date_field="meta.day", outlet_field="meta.site")
    assert [(a.title, a.published, a.outlet) for a in results] == [
        ("Storm closes coastal road", "2025-11-21", "Coast FM"),
        ("Fish prices fall", "2025-11-22", "Coast FM"),
    ]


def test_csv_defaults_and_empty_row():
    results = load(FIXTURES / "articles.csv")
    (article,) = articles(results)
    assert article.title == "School gets new ferry bus"
    assert '"It is a small thing that matters," a teacher said.' in article.text
    assert (article.published, article.outlet) == ("2025-11-23", "news.example.com")
    (failure,) = failures(results)
    assert "empty text" in failure.message


def test_csv_without_text_column_is_one_failure(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("name,score\nann,3\nbob,4\n")
    (failure,) = load(path)
    assert "no text column" in failure.message and "name, score" in failure.message


def test_html_file_main_text_and_metadata():
    (article,) = load(FIXTURES / "page.html")
    assert article.title == "Islands welcome ferry vote"
    assert (article.byline, article.outlet, article.published) == ("Maria Lopez", "Port Ellis Gazette", "2025-11-26")
    assert article.url == "https://www.portellis-gazette.example/news/islands-welcome-ferry-vote"
    assert "said Elena Marsh" in article.text
    for furniture in ("Home", "Most read", "Storm closes coastal road", "Subscribe", "All rights reserved"):
        assert furniture not in article.text


def test_atom_feed_file():
    (article,) = load(FIXTURES / "atom.xml")
    assert (article.title, article.byline, article.outlet) == ("Ferry timetable published", "Lina Chen", "Islands Weekly")
    assert article.published == "2025-11-28"
    assert article.url == "https://islands-weekly.example/ferry-timetable"
    assert '"Passengers asked for an early boat and they will get one," a spokesman said.' in article.text


def test_feed_with_zero_entries_fails():
    (failure,) = load(FIXTURES / "empty-feed.xml")
    assert failure.message == f"{FIXTURES / 'empty-feed.xml'}: feed has no entries"


def test_forced_format(tmp_path):
    path = tmp_path / "story.data"
    path.write_text('{"text": "Forced JSON story.", "title": "Forced"}')
    (article,) = load(path, fmt="json")
    assert article.title == "Forced"


# ------------------------------------------------------------------ over HTTP


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200, length: bool = True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (timeout and size-limit tests)

    def do_GET(self):
        type(self).seen_agents.append(self.headers.get("User-Agent"))
        base = f"http://127.0.0.1:{self.server.server_port}"
        path = self.path.split("?")[0]
        if path in ("/page.html", "/teaser.html"):
            self._send((FIXTURES / path.lstrip("/")).read_bytes(), "text/html; charset=utf-8")
        elif path == "/feed.xml":
            body = (FIXTURES / "feed.xml").read_text().replace("{BASE}", base).encode()
            self._send(body, "application/rss+xml")
        elif path == "/empty-feed.xml":
            self._send((FIXTURES / "empty-feed.xml").read_bytes(), "application/xml")
        elif path == "/news/harbour-works":
            self._send(b"not used: the feed entry has full content", "text/plain")
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self._send(b"too late", "text/plain")
        elif path == "/big":
            self._send(b"x" * 300_000, "text/plain")
        elif path == "/big-unannounced":
            self.close_connection = True
            self._send(b"Big\n\n" + b"word " * 60_000, "text/plain", length=False)
        elif path == "/photo.png":
            self._send(b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        else:
            self._send(b"<h1>Not Found</h1>", "text/html", status=404)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_page(server):
    (article,) = load(f"{server}/page.html")
    assert article.title == "Islands welcome ferry vote"
    assert article.outlet == "Port Ellis Gazette"
    assert "said Elena Marsh" in article.text
    assert _Handler.seen_agents[-1].startswith("stancegraph/")


def test_url_redirect_is_followed(server):
    (article,) = load(f"{server}/moved")
    assert article.title == "Islands welcome ferry vote"


def test_url_outlet_from_domain_when_nothing_else_says(server):
    (article,) = load(f"{server}/teaser.html", outlet=None)
    assert article.outlet == "Port Ellis Gazette"  # the page's own site name wins
    (article,) = articles(load(f"{server}/big-unannounced", max_bytes=1_000_000))
    assert article.outlet == "127.0.0.1"


def test_url_failures_are_polite_one_liners(server):
    results = load(f"{server}/missing", f"{server}/slow", f"{server}/big", f"{server}/big-unannounced",
                   f"{server}/photo.png", "http://127.0.0.1:9/closed", f"{server}/page.html",
                   timeout=0.3, max_bytes=100_000)
    assert len(articles(results)) == 1
    messages = [f.message for f in failures(results)]
    assert messages[0] == f"{server}/missing: HTTP 404 Not Found"
    assert messages[1] == f"{server}/slow: timed out after 0.3 s"
    assert "larger than the 100,000 bytes limit" in messages[2]
    assert "larger than the 100,000 bytes limit" in messages[3]
    assert messages[4] == f"{server}/photo.png: not an article (content type image/png)"
    assert messages[5].startswith("http://127.0.0.1:9/closed: cannot fetch (")
    assert all("\n" not in m for m in messages)


def test_feed_over_http_follows_links_of_summary_only_entries(server):
    results = load(f"{server}/feed.xml")
    full, teaser = articles(results)
    assert full.title == "Council approves harbour works"
    assert '"Work starts in January," said the harbour master, Olu Adeyemi.' in full.text
    assert (full.byline, full.published, full.outlet) == ("Jane Roe", "2025-11-24", "Port Ellis Gazette")
    assert teaser.url == f"{server}/teaser.html"
    assert "chairman Tomas Berg said" in teaser.text  # read from the page, not the summary
    assert teaser.published == "2025-11-27"


def test_feed_entry_whose_link_fails_is_reported(server, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text((FIXTURES / "feed.xml").read_text().replace("{BASE}/teaser.html", f"{server}/gone")
                    .replace("{BASE}", server))
    results = load(feed)
    assert len(articles(results)) == 1
    (failure,) = failures(results)
    assert "entry 2" in failure.message and "HTTP 404" in failure.message


def test_feed_summaries_kept_when_not_following_links(server):
    results = load(f"{server}/feed.xml", follow_links=False)
    assert articles(results)[1].text == "The co-operative has ordered two boats. Read more."


def test_feed_with_zero_entries_over_http(server):
    (failure,) = load(f"{server}/empty-feed.xml")
    assert failure.message.endswith("feed has no entries")


# ------------------------------------------------------------------ the BBC corpus


@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_bbc_corpus_loads_without_failures_and_without_duplicates():
    distinct = set()
    total = 0
    for root, _, files in os.walk(BBC):
        for name in files:
            if name.endswith(".txt"):
                total += 1
                raw = (Path(root) / name).read_bytes()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("latin-1")
                distinct.add(" ".join(text.split()).lower())
    results = load(BBC)
    assert count_sources([str(BBC)]) == total == 2225
    assert not failures(results)
    loaded = articles(results)
    assert len(loaded) == len(distinct) == len({a.id for a in loaded})
    assert len(skipped(results)) == total - len(distinct)
    mutu = next(a for a in loaded if a.path.endswith(os.path.join("sport", "199.txt")))
    assert "£15.8m" in mutu.text
