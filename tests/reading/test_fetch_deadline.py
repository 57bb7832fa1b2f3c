"""One deadline over connect, headers and body (issue 16, item 3), against a local dripping server.

The server listens on 127.0.0.1 and is reached through an injected resolver
(a public-looking address) and connector (which opens the local socket), so
the address guard runs exactly as in production: ``allow_loopback`` is never set.
"""

from __future__ import annotations

import contextlib
import re
import socket
import socketserver
import threading
import time

import pytest

from framing.reading.fetch import FetchError, fetch_url

PUBLIC = "93.184.216.34"
PAGE = b"<html><head><title>T</title></head><body><p>Shelling was reported near the plant.</p></body></html>"


class Drip(socketserver.BaseRequestHandler):
    """Answers by path: ``/body-drip`` and ``/header-drip`` send a byte every 0.1 s, ``/silent-body``
    sends headers then nothing, ``/hop/N`` redirects after 0.3 s until N is 0."""

    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            data = self.request.recv(4096)
            if not data:
                return
            request += data
        path = request.split(b" ", 2)[1].decode()
        with contextlib.suppress(OSError):  # the client hung up: the point of these tests
            self.answer(path)

    def answer(self, path: str) -> None:
        send = self.request.sendall
        if path == "/body-drip":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(200):
                send(b"x")
                time.sleep(0.1)
        elif path == "/header-drip":
            for byte in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 200:
                send(bytes([byte]))
                time.sleep(0.1)
        elif path == "/silent-body":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
            time.sleep(3)
        elif path.startswith("/hop/"):
            time.sleep(0.3)
            left = int(path.rsplit("/", 1)[1])
            location = f"/hop/{left - 1}" if left else "/page"
            send(f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode())
        elif path == "/page":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        pass


@pytest.fixture(scope="module")
def port():
    server = Server(("127.0.0.1", 0), Drip)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def wiring(port):
    """The resolver and connector a fetch of ``http://news.example:PORT/…`` goes through."""
    seen: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        return [PUBLIC] if host == "news.example" else []

    def connector(address: str, _port: int, timeout: float) -> socket.socket:
        seen.append(address)
        return socket.create_connection(("127.0.0.1", port), timeout=timeout)

    return {"resolver": resolver, "connector": connector}, seen


def url(port: int, path: str) -> str:
    return f"http://news.example:{port}{path}"


# (name, path, options, expected message, at most this many seconds)
CASES = [
    ("a body dripping one byte at a time", "/body-drip", {"total_timeout": 1.0, "read_timeout": 0.5},
     "stopped after 1 s, the limit for one page (while the page was downloading)", 1.6),
    ("headers dripping one byte at a time", "/header-drip", {"total_timeout": 1.0, "read_timeout": 0.5},
     "stopped after 1 s, the limit for one page (before its headers were complete)", 1.6),
    ("headers then silence", "/silent-body", {"total_timeout": 5.0, "read_timeout": 0.3},
     "the server stopped sending for 0.3 s; stopped", 1.0),
    ("slow redirects add up", "/hop/5", {"total_timeout": 1.0, "read_timeout": 0.5},
     "stopped after 1 s, the limit for one page (before its headers were complete)", 1.6),
]


@pytest.mark.parametrize(("name", "path", "options", "message", "seconds"), CASES, ids=[c[0] for c in CASES])
def test_the_deadline_bounds_the_whole_fetch(port, wiring, name, path, options, message, seconds):
    inject, seen = wiring
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape(message)):
        fetch_url(url(port, path), **inject, **options)
    assert time.monotonic() - started < seconds, name
    assert set(seen) == {PUBLIC}  # the connector only ever got the checked address


def test_redirects_within_the_deadline_arrive(port, wiring):
    inject, seen = wiring
    page = fetch_url(url(port, "/hop/1"), **inject, total_timeout=5.0)
    assert page.data == PAGE and page.final_url == url(port, "/page")
    assert seen == [PUBLIC] * 3


def test_the_guard_is_not_loosened_by_an_injected_connector(port, wiring):
    inject, seen = wiring
    with pytest.raises(FetchError, match=re.escape("resolves to 127.0.0.1 is a loopback address")):
        fetch_url(url(port, "/page"), resolver=lambda host, p: ["127.0.0.1"], connector=inject["connector"])
    assert seen == []
