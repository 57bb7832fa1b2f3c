"""Fetch one article page from a URL a stranger typed, without letting it reach inside our network.

The defence against server-side request forgery (OWASP SSRF prevention
cheat sheet): only ``http``/``https``; the host name is resolved here and
every address it resolves to must be a public one (no loopback, private,
link-local, multicast, reserved or unspecified address, IPv4 or IPv6,
including IPv4 addresses embedded in IPv6); the connection then goes to the
checked address itself, so a second DNS answer cannot swap it (DNS
rebinding). Redirects are followed by hand, at most five, each one checked
the same way. One monotonic deadline (``total_timeout``) bounds the whole
fetch — every connection, handshake, header and body read of every redirect
(``framing.reading.http``) — besides the connect and per-read timeouts, and
a size cap (counted while reading, after decompression) bounds the bytes.
Every refusal is a ``FetchError`` whose message says what happened, in words.
"""

from __future__ import annotations

import dataclasses
import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from framing.reading import Article, ReadProblem, ReadResult, read_bytes
from framing.reading.http import Clock, Connector, TimeLimit, body, connect, get, open_connection
from framing.reading.outlets import OutletManifest, outlet_for_url

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
USER_AGENT = "framing/0.1 (news framing research; +https://example.org/framing)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)

Resolver = Callable[[str, int], list[str]]


class FetchError(Exception):
    """A URL that was refused or could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page: the URL asked for, the URL finally read, its bytes and content type."""

    url: str
    final_url: str
    data: bytes
    content_type: str | None
    redirects: tuple[str, ...] = ()


def system_resolver(host: str, port: int) -> list[str]:
    """Return the addresses ``host`` resolves to (``socket.getaddrinfo``), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def address_refusal(address: str, *, allow_loopback: bool = False) -> str | None:
    """Return why an IP address may not be fetched from, or None for a public address.

    IPv6 addresses carrying an IPv4 address (IPv4-mapped, 6to4, Teredo, NAT64)
    are judged by that IPv4 address too.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address):
        for embedded in _embedded_ipv4(ip):
            reason = address_refusal(str(embedded), allow_loopback=allow_loopback)
            if reason:
                return f"{reason} (inside the IPv6 address {ip})"
    if allow_loopback and ip.is_loopback:
        return None
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private", "site_local"):
        if getattr(ip, f"is_{kind}", False):
            return f"{ip} is a {kind.replace('_', '-')} address"
    if not ip.is_global:
        return f"{ip} is not a public internet address"
    return None


def fetch_url(
    url: str,
    *,
    resolver: Resolver = system_resolver,
    connector: Connector = open_connection,
    max_bytes: int = MAX_BYTES,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
    allow_loopback: bool = False,
) -> FetchedPage:
    """Return the page at ``url``; raise ``FetchError`` saying why it was refused or failed.

    ``resolver`` turns a host name into addresses and ``connector`` opens a TCP
    connection to one checked address (both injectable, for tests); every
    address is checked before ``connector`` sees it. ``allow_loopback`` exists
    for tests against a local server only: it lets loopback addresses through
    and nothing else.
    """
    clock = Clock(time.monotonic() + total_timeout, read_timeout, total_timeout)
    current, redirects = url.strip(), []
    while True:
        target = _checked_target(current)
        addresses = _public_addresses(target, resolver=resolver, allow_loopback=allow_loopback)
        sock = _connected(target, addresses, clock=clock, connect_timeout=connect_timeout, connector=connector)
        try:
            response = _exchange(target, sock, clock=clock, phase="answer")
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{current}: redirect ({response.status}) without a Location")
                if len(redirects) >= max_redirects:
                    raise FetchError(f"{url}: more than {max_redirects} redirects; stopped")
                redirects.append(current)
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise FetchError(f"{current}: the server answered {response.status} {response.reason or ''}".rstrip())
            content_type = response.getheader("Content-Type")
            _check_type(current, content_type)
            data = _body(response, target=target, max_bytes=max_bytes, clock=clock)
            return FetchedPage(url, current, data, content_type, tuple(redirects))
        finally:
            sock.release()


def read_url(url: str, *, manifest: OutletManifest | None = None, **options) -> ReadResult:
    """Return the article at ``url`` (or one problem naming the URL); ``options`` go to ``fetch_url``.

    The page goes through ``framing.reading.read_bytes`` like an uploaded file;
    the articles' source is the URL read, and it is their URL when the page
    declares none (the outlet is then looked up from it).
    """
    try:
        page = fetch_url(url, **options)
    except FetchError as exc:
        return ReadResult(problems=[ReadProblem(url, str(exc).removeprefix(f"{url}: "))])
    result = read_bytes(page.data, name=_file_name(page), manifest=manifest)
    return ReadResult(
        articles=[_with_url(a, page.final_url, manifest) for a in result.articles],
        problems=[ReadProblem(page.final_url, p.reason) for p in result.problems],
    )


@dataclass(frozen=True, slots=True)
class _Target:
    url: str
    scheme: str
    host: str  # ASCII (IDNA) host, no brackets
    port: int
    host_header: str
    path: str


def _checked_target(url: str) -> _Target:
    """Return the parts of an http(s) URL; raise ``FetchError`` for any other kind of URL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: the address has no host name")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{url}: addresses with a user name or password are refused")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchError(f"{url}: invalid host name {parts.hostname!r}") from exc
    scheme = parts.scheme.lower()
    port = port or (443 if scheme == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_header = f"[{host}]" if ":" in host else host
    if port != (443 if scheme == "https" else 80):
        host_header += f":{port}"
    return _Target(url, scheme, host, port, host_header, path)


def _public_addresses(target: _Target, *, resolver: Resolver, allow_loopback: bool) -> list[str]:
    """Return the host's addresses when every one is public; raise ``FetchError`` otherwise."""
    literal = True
    try:
        addresses = [str(ipaddress.ip_address(target.host))]
    except ValueError:
        literal = False
        try:
            addresses = resolver(target.host, target.port)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(
                f"{target.url}: could not resolve {target.host} (offline, or no such host): {exc}"
            ) from exc
    if not addresses:
        raise FetchError(f"{target.url}: {target.host} has no address")
    for address in addresses:
        reason = address_refusal(address, allow_loopback=allow_loopback)
        if reason:
            # "10.0.0.7 is a private address: refused"; a name also says what it resolved to.
            said = reason if literal else f"{target.host} resolves to {reason}"
            raise FetchError(f"{target.url}: {said}: refused")
    return addresses


def _connected(target: _Target, addresses: list[str], *, clock: Clock, connect_timeout: float, connector: Connector):
    """Return a connection to the first checked address that accepts one (TLS for https)."""
    last: Exception | None = None
    for address in addresses:
        try:
            return connect(address, target.port, tls_host=target.host if target.scheme == "https" else None,
                           clock=clock, connect_timeout=connect_timeout, connector=connector)
        except TimeLimit as exc:
            raise FetchError(_time_message(target, clock, total=True, phase="answer")) from exc
        except ssl.SSLError as exc:
            raise FetchError(f"{target.url}: secure connection to {target.host} failed: {exc}") from exc
        except OSError as exc:
            last = exc  # try the host's next address (an IPv6 route may be missing)
    if isinstance(last, TimeoutError):
        raise FetchError(f"{target.url}: timed out connecting to {target.host} after {connect_timeout:g} s")
    reason = getattr(last, "strerror", None) or last
    raise FetchError(f"{target.url}: could not connect to {target.host} (offline, or the server is down): {reason}")


def _exchange(target: _Target, sock, *, clock: Clock, phase: str) -> http.client.HTTPResponse:
    """Send the request and return the response with its headers read, within the deadline."""
    headers = {"Host": target.host_header, "User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5",
               "Accept-Encoding": "gzip, deflate", "Connection": "close"}
    try:
        return get(sock, target.path, headers)
    except TimeLimit as exc:
        raise FetchError(_time_message(target, clock, total=exc.total, phase=phase)) from exc
    except (http.client.HTTPException, OSError) as exc:
        raise FetchError(f"{target.url}: the connection to {target.host} failed: {_said(exc)}") from exc


def _time_message(target: _Target, clock: Clock, *, total: bool, phase: str) -> str:
    """Return what a time limit cut short, in words."""
    if total:
        where = "before its headers were complete" if phase == "answer" else "while the page was downloading"
        return f"{target.url}: stopped after {clock.total:g} s, the limit for one page ({where})"
    if phase == "answer":
        return f"{target.url}: {target.host} did not answer within {clock.read_timeout:g} s"
    return f"{target.url}: the server stopped sending for {clock.read_timeout:g} s; stopped"


def _said(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _check_type(url: str, content_type: str | None) -> None:
    kind = (content_type or "text/html").split(";")[0].strip().lower()
    if kind not in (*_HTML_TYPES, "text/plain"):
        raise FetchError(f"{url}: not a web page or text (content type {kind})")


def _body(response: http.client.HTTPResponse, *, target: _Target, max_bytes: int, clock: Clock) -> bytes:
    """Return the body, stopping as soon as it passes ``max_bytes`` or the deadline."""
    url = target.url
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: page too large ({_mb(int(declared))}; the limit is {_mb(max_bytes)})")
    try:
        return body(response, max_bytes=max_bytes)
    except TimeLimit as exc:
        raise FetchError(_time_message(target, clock, total=exc.total, phase="body")) from exc
    except ValueError as exc:
        if str(exc) == "too large":
            raise FetchError(f"{url}: page too large (more than {_mb(max_bytes)}); stopped reading") from exc
        raise FetchError(f"{url}: the page's {exc} cannot be read") from exc
    except (http.client.HTTPException, OSError) as exc:
        raise FetchError(f"{url}: the download broke off: {_said(exc)}") from exc


def _file_name(page: FetchedPage) -> str:
    """Return a file name whose suffix tells ``read_bytes`` how to read the page."""
    path = urlsplit(page.final_url).path.rstrip("/") or "/index"
    plain = (page.content_type or "").lower().startswith("text/plain")
    return path + (".txt" if plain else ".html")


def _with_url(article: Article, url: str, manifest: OutletManifest | None) -> Article:
    """Return the article with the URL as its source, and as its URL when the page gave none.

    Without a canonical URL the reader could only fall back on the page's site
    name; the URL read ranks above it (README "Outlets").
    """
    if article.url:
        return dataclasses.replace(article, source=url)
    info = outlet_for_url(url)
    outlet = (manifest.outlet_for(source=url, url=url) if manifest else None) or (info.outlet if info else None)
    return dataclasses.replace(article, source=url, url=url, outlet=outlet or article.outlet)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = [ip.ipv4_mapped, ip.sixtofour, ip.teredo[1] if ip.teredo else None]
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [a for a in found if a is not None]


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
