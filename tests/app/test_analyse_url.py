"""Analyse your own → From a URL, in process: a page from a local server behind a public address
(resolver and connector injected, the guard unchanged), and a private address refused."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO
from ui import fetching

APP = str(REPO / "app.py")
PAGE = (b"<html><head><title>Dam story</title></head><body><article><h1>Dam story</h1>"
        b"<p>The Kiev regime destroyed the dam on Tuesday, and villages "
        b"downstream were flooded within hours.</p></article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port
    server.shutdown()


def url_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.switch_page("views/analyse.py").run()
    at.segmented_control(key="own_source").set_value("From a URL").run()
    return at


def test_a_public_address_routed_to_a_local_server_is_fetched_and_scored(monkeypatch, local_server):
    asked: list[str] = []

    def connector(address, port, timeout):
        asked.append(address)  # the checked public address: only then is the local server reached
        return socket.create_connection(("127.0.0.1", local_server), timeout=timeout)

    monkeypatch.setattr(fetching, "FETCH_OPTIONS", {"resolver": lambda host, port: ["93.184.216.34"],
                                                    "connector": connector})
    at = url_page()
    at.text_input(key="own_url").set_value("http://news.example.org/dam.html").run()
    assert not at.exception
    assert asked == ["93.184.216.34"]
    assert not at.error, [e.value for e in at.error]
    index = next(m.value for m in at.metric if m.label == "Terminology index")
    assert index.startswith("+")  # "Kiev regime": Kremlin-aligned


@pytest.mark.parametrize(("url", "reason"), [
    ("http://127.0.0.1:9/x", "127.0.0.1 is a loopback address"),
    ("http://10.0.0.7/x", "10.0.0.7 is a private address"),
    ("file:///etc/passwd", "only http:// and https://"),
])
def test_a_refused_address_says_why(url, reason):
    at = url_page()
    at.text_input(key="own_url").set_value(url).run()
    assert not at.exception
    assert any(reason in e.value for e in at.error), [e.value for e in at.error]
