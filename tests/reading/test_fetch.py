"""URL fetching: the address policy (with injected resolvers) and a local server on 127.0.0.1.

No test touches the network: names resolve through fake resolvers, and the
only server is local, reached only with the test-only ``allow_loopback``.
"""

from __future__ import annotations

import gzip
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from framing.reading.fetch import FetchError, address_refusal, fetch_url, read_url

ARTICLE = b"""<html><head><title>Shelling near the plant</title></head><body><article>
<h1>Shelling near the plant</h1>
<p>Shelling was reported near the Zaporizhzhia nuclear plant on Thursday, the operator said in a statement.</p>
<p>Inspectors from the IAEA said they were monitoring the situation closely and called for restraint.</p>
<script>document.write("not article text")</script>
</article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[tuple[str, str]]] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        Handler.hits.append((self.path, self.headers.get("Host", "")))
        route = {
            "/article": lambda: self.send(200, ARTICLE),
            "/redirect": lambda: self.redirect("/article"),
            "/to-internal": lambda: self.redirect("http://internal.test/admin"),
            "/to-metadata": lambda: self.redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-file": lambda: self.redirect("file:///etc/passwd"),
            "/loop": lambda: self.redirect("/loop"),
            "/big": lambda: self.send(200, b"x" * 300_000),
            "/stream": self.stream,
            "/bomb": lambda: self.send(200, gzip.compress(b"<p>" + b"a" * 5_000_000), encoding="gzip"),
            "/slow": self.slow,
            "/pdf": lambda: self.send(200, b"%PDF-1.4", content_type="application/pdf"),
            "/plain": lambda: self.send(200, b"Title line\n\nA plain text article body.", content_type="text/plain"),
        }.get(self.path)
        if route:
            route()
        else:
            self.send(404, b"not found")

    def send(self, status: int, body: bytes, *, content_type="text/html; charset=utf-8", encoding=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream(self) -> None:
        # No Content-Length: the cap must be enforced while reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"y" * 10_000)

    def slow(self) -> None:
        time.sleep(1.5)
        self.send(200, ARTICLE)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # the client hanging up on a too-large page is the point of some tests


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    return resolve


def local(**options):
    """Options for fetching from the local test server (loopback allowed, nothing else)."""
    return {"allow_loopback": True, "resolver": resolver({"internal.test": ["10.0.0.7"]}), **options}


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.1.2.3", "private"),
        ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "not a public"), ("::1", "loopback"), ("::", "unspecified"),
        ("fe80::1", "link-local"), ("fe80::1%eth0", "link-local"), ("fc00::1", "private"),
        ("fd12:3456::1", "private"), ("ff02::1", "multicast"), ("fec0::1", "site-local"),
        ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::1", "loopback"), ("64:ff9b::a9fe:a9fe", "link-local"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address, kind):
    reason = address_refusal(address)
    assert reason and kind in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "2a00:1450:4007:80e::200e"])
def test_public_addresses_pass(address):
    assert address_refusal(address) is None


def test_allow_loopback_relaxes_loopback_only():
    assert address_refusal("127.0.0.1", allow_loopback=True) is None
    assert address_refusal("::1", allow_loopback=True) is None
    assert "private" in address_refusal("10.0.0.1", allow_loopback=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/a", "only http:// and https://"),
        ("file:///etc/passwd", "only http:// and https://"),
        ("javascript:alert(1)", "only http:// and https://"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http:///no-host", "no host name"),
        ("http://example.org:99999/", "not a valid URL"),
        ("http://[::1]/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as a number
        ("http://metadata.internal/", "link-local"),
        ("http://mixed.example/", "private"),  # one private address among public ones
        ("http://nowhere.example/", "could not resolve nowhere.example (offline, or no such host)"),
        ("http://empty.example/", "has no address"),
    ],
)
def test_refusals_happen_before_any_connection(url, message):
    fake = resolver({
        "2130706433": ["127.0.0.1"], "metadata.internal": ["169.254.169.254"],
        "mixed.example": ["93.184.216.34", "192.168.0.10"], "empty.example": [],
    })
    with pytest.raises(FetchError, match=re.escape(message)):
        fetch_url(url, resolver=fake)


def test_loopback_server_is_refused_without_the_test_keyword(server):
    Handler.hits.clear()
    with pytest.raises(FetchError, match=re.escape("127.0.0.1 is a loopback address: refused")):
        fetch_url(f"{server}/article")
    assert Handler.hits == []


def test_fetch_and_read_an_article(server):
    result = read_url(f"{server}/redirect", **local())
    assert not result.problems
    (article,) = result.articles
    assert article.source == f"{server}/article" and article.url == f"{server}/article"
    assert article.title == "Shelling near the plant"
    assert "IAEA" in article.text and "not article text" not in article.text


def test_plain_text_pages_are_read_as_text(server):
    (article,) = read_url(f"{server}/plain", **local()).articles
    assert article.text == "Title line\n\nA plain text article body."


def test_connection_goes_to_the_checked_address_with_the_host_name(server):
    port = server.rsplit(":", 1)[1]
    Handler.hits.clear()
    page = fetch_url(f"http://news.test:{port}/article", allow_loopback=True,
                     resolver=resolver({"news.test": ["127.0.0.1"]}))
    assert page.final_url == f"http://news.test:{port}/article"
    assert Handler.hits == [("/article", f"news.test:{port}")]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/to-internal", "internal.test resolves to 10.0.0.7 is a private address"),
        ("/to-metadata", "169.254.169.254 is a link-local address"),
        ("/to-file", "only http:// and https://"),
        ("/loop", "more than 5 redirects"),
        ("/pdf", "not a web page or text (content type application/pdf)"),
        ("/missing", "the server answered 404"),
    ],
)
def test_each_refusal_has_a_clear_message(server, path, message):
    with pytest.raises(FetchError, match=re.escape(message)):
        fetch_url(f"{server}{path}", **local())


def test_redirect_count_is_configurable(server):
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch_url(f"{server}/loop", **local(max_redirects=2))
    assert fetch_url(f"{server}/redirect", **local(max_redirects=1)).redirects == (f"{server}/redirect",)


@pytest.mark.parametrize("path", ["/big", "/stream", "/bomb"])
def test_size_cap_applies_to_declared_streamed_and_decompressed_sizes(server, path):
    with pytest.raises(FetchError, match="page too large"):
        fetch_url(f"{server}{path}", **local(max_bytes=200_000))


def test_read_timeout(server):
    with pytest.raises(FetchError, match=re.escape("did not answer within 0.3 s")):
        fetch_url(f"{server}/slow", **local(read_timeout=0.3))


def test_nothing_listening_is_a_clear_connection_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=re.escape("could not connect to 127.0.0.1 (offline, or the server is down)")):
        fetch_url(f"http://127.0.0.1:{port}/", **local(connect_timeout=1))


def test_read_url_turns_refusals_into_one_problem_naming_the_url():
    result = read_url("http://10.0.0.1/x")
    assert result.articles == []
    (problem,) = result.problems
    assert problem.source == "http://10.0.0.1/x" and "private address" in problem.reason
