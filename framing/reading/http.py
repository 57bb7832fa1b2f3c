"""One HTTP GET under one deadline: connect, TLS handshake, headers and body all count.

A per-read timeout alone does not bound a request: a server that sends one
byte every few seconds never lets a read time out. Here every read is small
(``READ_BYTES``) and waits at most ``min(read_timeout, time left)``, and the
time left comes from one ``time.monotonic()`` deadline set before the
first connection, so the whole exchange ends by it whatever the server does.
``http.client`` parses the status line, headers (its limits: 100 headers,
64 KiB a line) and chunked bodies over that socket; ``gzip`` and ``deflate``
bodies are decompressed here, a bounded amount at a time.
"""

from __future__ import annotations

import http.client
import io
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass

READ_BYTES = 16 * 1024

Connector = Callable[[str, int, float], socket.socket]


class TimeLimit(Exception):
    """The deadline passed (``total``) or the server sent nothing for a read timeout."""

    def __init__(self, *, total: bool) -> None:
        super().__init__("deadline" if total else "read timeout")
        self.total = total


def open_connection(address: str, port: int, timeout: float) -> socket.socket:
    """Return a TCP connection to ``address`` (an IP already checked), within ``timeout`` seconds."""
    return socket.create_connection((address, port), timeout=timeout)


@dataclass(slots=True)
class Clock:
    """The one deadline of a fetch (``total`` seconds after it started), and the read timeout
    each small read may wait at most."""

    deadline: float
    read_timeout: float
    total: float

    def left(self) -> float:
        """Return the seconds left; raise ``TimeLimit(total=True)`` when none are."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeLimit(total=True)
        return left

    def wait(self) -> tuple[float, bool]:
        """Return how long the next read may wait, and whether the deadline is what bounds it."""
        left = self.left()
        return (left, True) if left < self.read_timeout else (self.read_timeout, False)


class _DeadlineReader(io.RawIOBase):
    """A socket's reading side where each read is small and bounded by the clock."""

    def __init__(self, sock: socket.socket, clock: Clock) -> None:
        self._sock, self._clock = sock, clock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        wait, by_deadline = self._clock.wait()
        self._sock.settimeout(wait)
        try:
            return self._sock.recv_into(memoryview(buffer)[:READ_BYTES])
        except TimeoutError as exc:
            raise TimeLimit(total=by_deadline) from exc


class _DeadlineSocket:
    """What ``http.client`` needs of a socket, with every read and write bounded by the clock."""

    def __init__(self, sock: socket.socket, clock: Clock) -> None:
        self._sock, self._clock = sock, clock

    def sendall(self, data: bytes) -> None:
        self._sock.settimeout(self._clock.wait()[0])
        self._sock.sendall(data)

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self._sock, self._clock), buffer_size=READ_BYTES)

    def close(self) -> None:
        """Do nothing: ``http.client`` closes its connection once the headers say ``close``,
        while the response is still to be read from this socket (``release`` closes it)."""

    def release(self) -> None:
        """Close the socket."""
        self._sock.close()


def connect(
    address: str, port: int, *, tls_host: str | None, clock: Clock, connect_timeout: float, connector: Connector
) -> _DeadlineSocket:
    """Return a connection to ``address`` (TLS with certificate checks for ``tls_host``), bounded
    by ``connect_timeout`` and the clock; connection errors propagate as ``OSError``."""
    wait = min(connect_timeout, clock.left())
    sock = connector(address, port, wait)
    try:
        if tls_host is not None:
            sock.settimeout(min(connect_timeout, clock.left()))
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=tls_host)
        return _DeadlineSocket(sock, clock)
    except BaseException:
        sock.close()
        raise


def get(sock: _DeadlineSocket, path: str, headers: dict[str, str]) -> http.client.HTTPResponse:
    """Send a GET for ``path`` and return the response with its status and headers read."""
    conn = http.client.HTTPConnection("unused")  # the socket is already connected
    conn.sock = sock
    conn.request("GET", path, headers=headers)
    return conn.getresponse()


def body(response: http.client.HTTPResponse, *, max_bytes: int) -> bytes:
    """Return the decoded body; raise ``ValueError("too large")`` past ``max_bytes`` (counted
    after decompression) and ``ValueError("encoding …")`` for an encoding that cannot be read."""
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(32 + zlib.MAX_WBITS)  # a gzip or zlib header, told apart
    elif encoding == "identity":
        inflate = None
    else:
        raise ValueError(f"encoding {encoding}")
    chunks, size = [], 0
    while chunk := response.read(READ_BYTES):
        if inflate is not None:
            try:
                # At most one byte over the cap: more would be refused anyway (a bomb stays small).
                chunk = inflate.decompress(chunk, max_bytes - size + 1)
            except zlib.error:
                raise ValueError(f"encoding {encoding} damaged") from None
        size += len(chunk)
        if size > max_bytes:
            raise ValueError("too large")
        chunks.append(chunk)
    return b"".join(chunks)
